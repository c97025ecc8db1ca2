namespace Credence.Core.Entities;

/// <summary>One name of a listed party as the list writes it.</summary>
/// <param name="Value">The name exactly as published (not normalised).</param>
/// <param name="Quality">Strong for primary names and good-quality aliases; weak for low-quality aliases.</param>
/// <param name="Kind">What the list calls it: "primary", "aka", "fka", "nka", "non-latin", "previous". Free text.</param>
public sealed record EntityName(string Value, NameQuality Quality = NameQuality.Strong, string Kind = "primary");
