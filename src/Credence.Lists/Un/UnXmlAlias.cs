namespace Credence.Lists.Un;

/// <summary>
/// INDIVIDUAL_ALIAS or ENTITY_ALIAS: QUALITY ("Good", "Low" for individuals; "a.k.a.", "f.k.a." for entities), ALIAS_NAME, and the
/// alias's own DATE_OF_BIRTH when given.
/// </summary>
public sealed record UnXmlAlias(string? Quality, string? Name, string? DateOfBirth, string? Note);
