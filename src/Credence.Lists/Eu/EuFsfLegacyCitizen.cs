namespace Credence.Lists.Eu;

/// <summary>A CITIZEN element of a legacy EU ENTITY, as written.</summary>
public sealed record EuFsfLegacyCitizen
{
    public int Line { get; init; }
    public string? Id { get; init; }
    /// <summary>ISO alpha-3 code, e.g. "AFG".</summary>
    public string? Country { get; init; }
}
