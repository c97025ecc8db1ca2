namespace Credence.Web.Screening;

/// <summary>A batch row that could not be screened: its row number (1 = first data row) and why.</summary>
public sealed record BatchRowErrorView(int Row, string Message);
