namespace Credence.Cli.Output;

/// <summary>One entry of "snapshots" in <c>screen --json</c>: a list screened against.</summary>
internal sealed record ScreenJsonSnapshot(string Source, DateOnly? Published, string? Sha256, int Entities);
