namespace Credence.Core.Matching;

/// <summary>
/// Per-thread memo of one query's name scores by <see cref="NameForms">name form</see>, reused across queries: each query
/// starts it with a new stamp, so scores of earlier queries read as absent and nothing is cleared between queries.
/// </summary>
internal sealed class FormScores
{
    private double[] _scores = [];
    private int[] _stamps = [];
    private int _stamp;

    /// <summary>Empties the memo for a query against an index of <paramref name="forms"/> forms.</summary>
    public void Start(int forms)
    {
        if (_stamps.Length < forms)
        {
            _stamps = new int[forms];
            _scores = new double[forms];
            _stamp = 0;
        }
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps);
            _stamp = 1;
        }
    }

    public bool TryGet(int form, out double score)
    {
        if (_stamps[form] == _stamp)
        {
            score = _scores[form];
            return true;
        }
        score = 0;
        return false;
    }

    public void Set(int form, double score)
    {
        _stamps[form] = _stamp;
        _scores[form] = score;
    }
}
