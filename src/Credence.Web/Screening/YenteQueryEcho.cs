namespace Credence.Web.Screening;

/// <summary>A query as yente echoes it: id, schema and properties as lists of strings.</summary>
public sealed record YenteQueryEcho(string? Id, string Schema, Dictionary<string, List<string>> Properties);
