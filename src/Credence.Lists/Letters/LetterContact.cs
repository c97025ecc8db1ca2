namespace Credence.Lists.Letters;

/// <summary>A contact person a letter names.</summary>
/// <param name="Name">The person's name.</param>
/// <param name="Organisation">Their organisation, if given.</param>
/// <param name="Email">Their email address, if given.</param>
public sealed record LetterContact(string Name, string? Organisation, string? Email);
