namespace Credence.Lists.Eu;

/// <summary>One ENTITY of the legacy (2016) EU XML, every value as the file writes it.</summary>
public sealed record EuFsfLegacyXmlRecord
{
    /// <summary>The line the ENTITY element starts on (1-based; 0 when unknown).</summary>
    public int Line { get; init; }
    public string? Id { get; init; }
    /// <summary>"P" (person) or "E" (enterprise).</summary>
    public string? Type { get; init; }
    /// <summary>The listing act, e.g. "151/2012 (OJ L49)".</summary>
    public string? LegalBasis { get; init; }
    /// <summary>The registration date "yyyy-MM-dd".</summary>
    public string? RegDate { get; init; }
    public string? PdfLink { get; init; }
    /// <summary>The programme code, e.g. "ZWE", "TAQA".</summary>
    public string? Programme { get; init; }
    public string? Remark { get; init; }
    public IReadOnlyList<EuFsfLegacyName> Names { get; init; } = [];
    public IReadOnlyList<EuFsfLegacyBirth> Births { get; init; } = [];
    public IReadOnlyList<EuFsfLegacyPassport> Passports { get; init; } = [];
    public IReadOnlyList<EuFsfLegacyCitizen> Citizens { get; init; } = [];
    public IReadOnlyList<EuFsfLegacyAddress> Addresses { get; init; } = [];
}
