using System.Text.Json;
using Credence.Store.Screening;

namespace Credence.Web.Endpoints;

/// <summary>The screening that raised an alert. <paramref name="Query"/> and <paramref name="Options"/> are as stored.</summary>
public sealed record AlertScreening(
    long Id, DateTimeOffset RunAt, string RunBy, string Origin, JsonElement Query, IReadOnlyList<CorpusSnapshot> Snapshots, string AlgorithmVersion, JsonElement Options);
