namespace Credence.Lists.Common;

/// <summary>
/// Opens list files and folders, detects each format from its content, groups OFAC CSV sets, reads them and hashes their bytes.
/// Never throws for user errors: missing files, unknown formats and unreadable content become <see cref="ListLoadReport.Errors"/>.
/// </summary>
public sealed class ListLoader
{
    /// <summary>Loads every list in <paramref name="paths"/> (files, or folders whose list files are all read).</summary>
    public ListLoadReport Load(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
