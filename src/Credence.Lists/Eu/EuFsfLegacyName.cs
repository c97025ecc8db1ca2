namespace Credence.Lists.Eu;

/// <summary>A NAME element of a legacy EU ENTITY, as written.</summary>
public sealed record EuFsfLegacyName
{
    public int Line { get; init; }
    public string? Id { get; init; }
    public string? FirstName { get; init; }
    public string? MiddleName { get; init; }
    public string? LastName { get; init; }
    public string? WholeName { get; init; }
    public string? Gender { get; init; }
    public string? Title { get; init; }
    public string? Function { get; init; }
    /// <summary>Two-letter EU language code or empty.</summary>
    public string? Language { get; init; }
    public string? Programme { get; init; }
}
