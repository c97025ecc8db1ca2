namespace Credence.Lists.Eu;

/// <summary>An address element of a current-format sanctionEntity, as written.</summary>
public sealed record EuFsfAddress
{
    public int Line { get; init; }
    public string? Street { get; init; }
    public string? PoBox { get; init; }
    public string? ZipCode { get; init; }
    public string? City { get; init; }
    public string? Region { get; init; }
    public string? Place { get; init; }
    public string? CountryIso2Code { get; init; }
    public string? CountryDescription { get; init; }
    /// <summary>The remark child element's text.</summary>
    public string? Remark { get; init; }
    public string? LogicalId { get; init; }
}
