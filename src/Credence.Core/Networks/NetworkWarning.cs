namespace Credence.Core.Networks;

/// <summary>Something the data leaves open, said instead of guessed.</summary>
/// <param name="Code">Stable code: see <see cref="NetworkWarningCodes"/>.</param>
/// <param name="Message">One sentence a reviewer understands, naming the entities.</param>
/// <param name="EntityId">The entity concerned (the asset of an ownership edge), or null.</param>
public sealed record NetworkWarning(string Code, string Message, string? EntityId = null);
