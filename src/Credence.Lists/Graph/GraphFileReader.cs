using Credence.Core.Networks;
using Credence.Lists.Common;

namespace Credence.Lists.Graph;

/// <summary>
/// Reads one graph file of either kind into a builder, choosing by the file name: ".csv" is the edges CSV
/// (<see cref="EdgeCsvReader"/>), anything else FollowTheMoney JSON lines (<see cref="FtmGraphReader"/>). For
/// <c>credence network ... --graph PATH...</c>: open each path, call this with one builder, then build once.
/// </summary>
public static class GraphFileReader
{
    /// <exception cref="ListFormatException">The file is not of the kind its name says.</exception>
    public static GraphReadResult Read(Stream content, string fileName, NetworkGraphBuilder into, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        return fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? new EdgeCsvReader().Read(content, fileName, into, cancellationToken)
            : new FtmGraphReader().Read(content, fileName, into, cancellationToken);
    }
}
