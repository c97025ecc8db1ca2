namespace Credence.Lists.Eu;

/// <summary>A BIRTH element of a legacy EU ENTITY, as written.</summary>
public sealed record EuFsfLegacyBirth
{
    public int Line { get; init; }
    public string? Id { get; init; }
    /// <summary>"1924-02-21", "1956", "1963 (approximative)" or "1958 - 1963 (approximative)".</summary>
    public string? Date { get; init; }
    public string? Place { get; init; }
    /// <summary>ISO alpha-3 code, e.g. "IRQ".</summary>
    public string? Country { get; init; }
}
