namespace Credence.Lists.Common;

/// <summary>
/// The input is not a list this reader can read at all (not XML, wrong root element, no header). One clear error naming the file and
/// the place; the loader turns it into a failed outcome, so a user never sees a stack trace.
/// </summary>
public sealed class ListFormatException : Exception
{
    public ListFormatException(string file, string location, string message)
        : base($"{file} {location}: {message}")
    {
        File = file;
        Location = location;
        Reason = message;
    }

    public ListFormatException(string file, string location, string message, Exception inner)
        : base($"{file} {location}: {message}", inner)
    {
        File = file;
        Location = location;
        Reason = message;
    }

    public string File { get; }
    public string Location { get; }
    public string Reason { get; }
}
