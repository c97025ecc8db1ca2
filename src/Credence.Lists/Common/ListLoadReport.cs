namespace Credence.Lists.Common;

/// <summary>The outcome of loading list files: the lists read, and one clear message per file that could not be read.</summary>
public sealed class ListLoadReport
{
    public required IReadOnlyList<LoadedList> Lists { get; init; }

    /// <summary>One line per failure, naming the file and the place ("sdn.xml line 3, position 7: ..."). Empty on success.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    public bool Succeeded => Errors.Count == 0;
}
