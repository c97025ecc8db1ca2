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

    // One entry per slot, key, value and stamp side by side: a probe reads one cache line, not three.
    private Entry[] _entries = new Entry[InitialCapacity];
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
            Array.Clear(_entries);
            _stamp = 1;
        }
    }

    public bool TryGet(int token, int id, out double value)
    {
        var key = Key(token, id);
        var entries = _entries;
        for (var slot = Slot(key); ; slot = (slot + 1) & _mask)
        {
            ref readonly var entry = ref entries[slot];
            if (entry.Stamp != _stamp) break;
            if (entry.Key == key)
            {
                value = entry.Value;
                return true;
            }
        }
        value = 0;
        return false;
    }

    public void Set(int token, int id, double value)
    {
        var key = Key(token, id);
        if (Insert(key, value) && ++_count * 2 > _entries.Length) Grow();
    }

    private bool Insert(long key, double value)
    {
        var entries = _entries;
        for (var slot = Slot(key); ; slot = (slot + 1) & _mask)
        {
            ref var entry = ref entries[slot];
            if (entry.Stamp != _stamp)
            {
                entry = new Entry(key, value, _stamp);
                return true;
            }
            if (entry.Key == key)
            {
                entry.Value = value;
                return false;
            }
        }
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        _mask = _entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Stamp == _stamp) Insert(entry.Key, entry.Value);
        }
    }

    private static long Key(int token, int id) => ((long)token << 32) | (uint)id;

    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 40) & _mask;

    private struct Entry(long key, double value, int stamp)
    {
        public long Key = key;
        public double Value = value;
        public int Stamp = stamp;
    }
}
