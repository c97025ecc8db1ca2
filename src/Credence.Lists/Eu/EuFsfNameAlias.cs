namespace Credence.Lists.Eu;

/// <summary>A nameAlias element of a current-format sanctionEntity, as written.</summary>
public sealed record EuFsfNameAlias
{
    public int Line { get; init; }
    public string? WholeName { get; init; }
    public string? FirstName { get; init; }
    public string? MiddleName { get; init; }
    public string? LastName { get; init; }
    public string? Title { get; init; }
    public string? Function { get; init; }
    public string? Gender { get; init; }
    /// <summary>Two-letter EU language code ("EN", "FR", ...) or empty.</summary>
    public string? NameLanguage { get; init; }
    /// <summary>"true" or "false" as written; "false" marks a low-quality ("weak") alias.</summary>
    public string? Strong { get; init; }
    public string? LogicalId { get; init; }
}
