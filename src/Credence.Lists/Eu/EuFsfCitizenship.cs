namespace Credence.Lists.Eu;

/// <summary>A citizenship element of a current-format sanctionEntity, as written.</summary>
public sealed record EuFsfCitizenship
{
    public int Line { get; init; }
    /// <summary>ISO 3166-1 alpha-2 code; the EU writes "00" when unknown.</summary>
    public string? CountryIso2Code { get; init; }
    public string? CountryDescription { get; init; }
    public string? Region { get; init; }
    public string? LogicalId { get; init; }
}
