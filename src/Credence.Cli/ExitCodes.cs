namespace Credence.Cli;

/// <summary>The exit codes of <c>credence</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Bad input (missing file, unknown format, bad date or threshold, malformed rows) or a failed import or update.</summary>
    public const int BadInput = 1;

    /// <summary>An unexpected error; one line on stderr says what.</summary>
    public const int Unexpected = 2;

    /// <summary>Cancelled with Ctrl+C.</summary>
    public const int Cancelled = 130;
}
