namespace Credence.Web.Screening;

/// <summary>One data row of a batch input: the subject, or why the row could not be read.</summary>
/// <param name="Row">1 = the first data row (the CSV header and JSON brackets are not rows).</param>
/// <param name="Input">The subject; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the row could not be read (bad CSV, not an object), or null.</param>
public sealed record BatchRowInput(int Row, ScreeningInput? Input, string? Error);
