namespace Credence.Cli;

/// <summary>Bad input from the user: printed as one line and exit code <see cref="ExitCodes.BadInput"/>.</summary>
public sealed class CliUsageException : Exception
{
    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
