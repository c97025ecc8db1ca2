namespace Credence.Cli.Output;

/// <summary>The "query" of <c>screen --json</c>: what was screened.</summary>
internal sealed record ScreenJsonQuery(string Name, string? Schema, string? Dob, string? Country);
