namespace Credence.Core.Matching;

/// <summary>
/// Per-thread open-addressing table from (query token, vocabulary id) to a similarity, reused across queries. Each query takes it
/// over with a new stamp, so entries of earlier queries read as empty and nothing is cleared between queries. A query used to
/// fill one dictionary per token: with thousands of entries per query, growing them (large-object arrays among them) cost a
/// fifth of screening time.
/// </summary>
internal sealed class SimilarityTable
{
    private const int InitialCapacity = 1 << 12;

    private long[] _keys = new long[InitialCapacity];
    private double[] _values = new double[InitialCapacity];
    private int[] _stamps = new int[InitialCapacity];
    private int _mask = InitialCapacity - 1;
    private int _count;
    private int _stamp;

    /// <summary>The current holder; a holder that finds it has been taken over stops reading and writing the table.</summary>
    public object? Owner { get; private set; }

    /// <summary>Empties the table for <paramref name="owner"/> in constant time.</summary>
    public void TakeOver(object owner)
    {
        Owner = owner;
        _count = 0;
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps);
            _stamp = 1;
        }
    }

    public bool TryGet(int token, int id, out double value)
    {
        var key = Key(token, id);
        for (var slot = Slot(key); ; slot = (slot + 1) & _mask)
        {
            if (_stamps[slot] != _stamp) break;
            if (_keys[slot] == key)
            {
                value = _values[slot];
                return true;
            }
        }
        value = 0;
        return false;
    }

    public void Set(int token, int id, double value)
    {
        var key = Key(token, id);
        if (Insert(key, value) && ++_count * 2 > _keys.Length) Grow();
    }

    private bool Insert(long key, double value)
    {
        for (var slot = Slot(key); ; slot = (slot + 1) & _mask)
        {
            if (_stamps[slot] != _stamp)
            {
                _stamps[slot] = _stamp;
                _keys[slot] = key;
                _values[slot] = value;
                return true;
            }
            if (_keys[slot] == key)
            {
                _values[slot] = value;
                return false;
            }
        }
    }

    private void Grow()
    {
        var (keys, values, stamps, stamp) = (_keys, _values, _stamps, _stamp);
        _keys = new long[keys.Length * 2];
        _values = new double[keys.Length * 2];
        _stamps = new int[keys.Length * 2];
        _mask = _keys.Length - 1;
        for (var s = 0; s < keys.Length; s++)
        {
            if (stamps[s] == stamp) Insert(keys[s], values[s]);
        }
    }

    private static long Key(int token, int id) => ((long)token << 32) | (uint)id;

    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 40) & _mask;
}
