namespace Credence.Lists.Eu;

/// <summary>A PASSPORT element of a legacy EU ENTITY, as written.</summary>
public sealed record EuFsfLegacyPassport
{
    public int Line { get; init; }
    public string? Id { get; init; }
    /// <summary>The number followed by the document type and remarks, e.g. "AD001095 (passport-National passport) ((passport))".</summary>
    public string? Number { get; init; }
    /// <summary>ISO alpha-3 code or empty.</summary>
    public string? Country { get; init; }
}
