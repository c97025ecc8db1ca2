namespace Credence.Lists.Eu;

/// <summary>An ADDRESS element of a legacy EU ENTITY, as written.</summary>
public sealed record EuFsfLegacyAddress
{
    public int Line { get; init; }
    public string? Id { get; init; }
    public string? Number { get; init; }
    public string? Street { get; init; }
    public string? ZipCode { get; init; }
    public string? City { get; init; }
    public string? Country { get; init; }
    public string? Other { get; init; }
}
