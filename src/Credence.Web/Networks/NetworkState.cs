using Credence.Core.Networks;

namespace Credence.Web.Networks;

/// <summary>The graph with what is built over it.</summary>
public sealed record NetworkState(NetworkGraph Graph, ExposureAnalyzer Exposure, LinkedPartyFinder Linked);
