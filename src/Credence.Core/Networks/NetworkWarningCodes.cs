namespace Credence.Core.Networks;

/// <summary>The codes of <see cref="NetworkWarning"/>.</summary>
public static class NetworkWarningCodes
{
    /// <summary>An ownership edge in force has no percentage; it is not counted.</summary>
    public const string MissingPercentage = "missing-percentage";

    /// <summary>The ownership in force of one entity adds up to more than 100%.</summary>
    public const string OverHundredPercent = "over-100-percent";

    /// <summary>The owners above the entity were more than <see cref="ExposureOptions.MaxUpstreamNodes"/>; results may understate.</summary>
    public const string UpstreamTruncated = "upstream-truncated";

    /// <summary>More paths explain a regime than <see cref="ExposureOptions.MaxPaths"/>; only the largest are listed.</summary>
    public const string PathsTruncated = "paths-truncated";

    /// <summary>The effective-ownership iteration did not settle within <see cref="ExposureOptions.MaxIterations"/>.</summary>
    public const string NotConverged = "not-converged";

    /// <summary>More warnings than <see cref="ExposureOptions.MaxWarnings"/>; the rest are counted.</summary>
    public const string MoreWarnings = "more-warnings";
}
