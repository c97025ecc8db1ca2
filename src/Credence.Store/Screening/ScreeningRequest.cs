using Credence.Core.Matching;
using Credence.Store.Data;

namespace Credence.Store.Screening;

/// <summary>Everything a recorded screening needs besides the corpus: the subject, the options and who asks, from where.</summary>
public sealed record ScreeningRequest
{
    public required ScreeningQuery Query { get; init; }

    /// <summary>A user name, "key:NAME" for an API key, or "system".</summary>
    public required string Actor { get; init; }

    public required ScreeningOrigin Origin { get; init; }

    /// <summary>Minimum score for a hit (and so for an alert), in [0,1]; null for the corpus default (0.70).</summary>
    public double? Threshold { get; init; }

    /// <summary>Most hits returned; default 10.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>The batch job and row this screening belongs to, if any.</summary>
    public long? BatchJobId { get; init; }

    public int? BatchRow { get; init; }

    /// <summary>The monitored subject this screening re-checks, if any.</summary>
    public long? MonitoredSubjectId { get; init; }

    /// <summary>Why new alerts are raised beyond the screening itself (e.g. the list change behind a monitoring alert).</summary>
    public Func<RecordedHitCandidate, string?>? Cause { get; init; }
}
