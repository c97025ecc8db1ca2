namespace Credence.Lists.Letters;

/// <summary>One endorsing organisation in the letter's numbered, alphabetised list.</summary>
/// <param name="Number">Its number in the list Credence produces (1-based, alphabetical order).</param>
/// <param name="Name">The name as published, wrapped lines joined.</param>
public sealed record LetterSignatory(int Number, string Name);
