namespace Credence.Lists.Ofac;

/// <summary>An aka element: type "a.k.a."/"f.k.a."/"n.k.a.", category "strong"/"weak", and the name parts.</summary>
public sealed record OfacXmlAka(string? Uid, string? Type, string? Category, string? FirstName, string? LastName);
