using Credence.Core.Networks;
using Credence.Lists.Common;
using Credence.Lists.Demo;

namespace Credence.Lists.Graph;

/// <summary>
/// The demo network (FollowTheMoney JSON lines, embedded): the Myanmar military as shareholder of MEHL and MEC, their subsidiaries and
/// joint ventures with shares as publicly reported. MEHL ("demo-mehl") and MEC ("demo-mec") and their listings come from the demo
/// list file; load both into one builder. Sources are named in docs/networks.md.
/// </summary>
public static class DemoNetwork
{
    /// <summary>The file name used in diagnostics.</summary>
    public const string FileName = "credence-demo-network.ftm.json";

    private const string ResourceName = "Credence.Lists.Demo.credence-demo-network.ftm.json";

    /// <summary>Opens the embedded file for reading; the caller disposes the stream.</summary>
    /// <exception cref="ListFormatException">The resource is missing from the assembly (a build error).</exception>
    public static Stream Open() =>
        typeof(DemoNetwork).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new ListFormatException(FileName, "resource", "The demo network is not embedded in Credence.Lists.");

    /// <summary>
    /// Reads the whole demo graph into <paramref name="builder"/>: the demo list (whose Sanction entities make MEHL, MEC and
    /// the generals listed) and then the demo network. Returns what each file's reading reported.
    /// </summary>
    public static IReadOnlyList<GraphReadResult> ReadInto(NetworkGraphBuilder builder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(builder);
        using var list = typeof(DemoData).Assembly.GetManifestResourceStream(DemoData.ResourceName)
            ?? throw new ListFormatException(DemoData.FileName, "resource", "The demo list is not embedded in Credence.Lists.");
        var listResult = new FtmGraphReader().Read(list, DemoData.FileName, builder, cancellationToken);
        using var network = Open();
        return [listResult, new FtmGraphReader().Read(network, FileName, builder, cancellationToken)];
    }
}
