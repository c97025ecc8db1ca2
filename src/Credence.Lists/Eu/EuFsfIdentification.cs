namespace Credence.Lists.Eu;

/// <summary>An identification element of a current-format sanctionEntity, as written.</summary>
public sealed record EuFsfIdentification
{
    public int Line { get; init; }
    public string? Number { get; init; }
    public string? LatinNumber { get; init; }
    /// <summary>The EU's code: "passport", "id", "regnumber", "other", ...</summary>
    public string? IdentificationTypeCode { get; init; }
    /// <summary>The code's label, e.g. "National passport".</summary>
    public string? IdentificationTypeDescription { get; init; }
    public string? CountryIso2Code { get; init; }
    public string? CountryDescription { get; init; }
    public string? IssuedBy { get; init; }
    /// <summary>The remark child element's text.</summary>
    public string? Remark { get; init; }
    public string? LogicalId { get; init; }
}
