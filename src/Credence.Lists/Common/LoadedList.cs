namespace Credence.Lists.Common;

/// <summary>One list read from files: the reader's result, the files it came from, and the SHA-256 of their bytes.</summary>
public sealed class LoadedList
{
    public required ListReadResult Result { get; init; }

    /// <summary>Lower-case hex SHA-256 of the input bytes: the primary file, then companions in role order (add, alt, comments).</summary>
    public required string Sha256 { get; init; }

    /// <summary>Full paths of the files read, primary first.</summary>
    public required IReadOnlyList<string> Files { get; init; }
}
