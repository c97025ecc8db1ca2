using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Core.Entities;

namespace Credence.Store.Data;

/// <summary>
/// The fingerprint of a list record: SHA-256 of its entity JSON without the raw-record reference. A record that only
/// moved within the file (a new line number) keeps its fingerprint; one whose names, dates, identifiers, programmes or
/// remarks changed gets a new one. Suppressions and list deltas both rest on it.
/// </summary>
public static class RecordFingerprint
{
    // Entities are immutable once read, and screening asks for the same few entities' fingerprints again and again.
    private static readonly ConditionalWeakTable<SanctionEntity, string> Cache = [];

    /// <summary>The fingerprint of <paramref name="entity"/>, 64 lower-case hex characters (remembered per entity object).</summary>
    public static string Compute(SanctionEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Cache.GetValue(entity, Hash);
    }

    private static string Hash(SanctionEntity entity)
    {
        var node = JsonSerializer.SerializeToNode(entity, EntityJson.Options)!.AsObject();
        node.Remove("raw");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(node.ToJsonString())));
    }

    /// <summary>The top-level fields (camelCase JSON names, "raw" left out) whose values differ between two versions of a record.</summary>
    public static IReadOnlyList<string> ChangedFields(SanctionEntity before, SanctionEntity after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var a = JsonSerializer.SerializeToNode(before, EntityJson.Options)!.AsObject();
        var b = JsonSerializer.SerializeToNode(after, EntityJson.Options)!.AsObject();
        var names = a.Select(p => p.Key).Union(b.Select(p => p.Key), StringComparer.Ordinal)
            .Where(n => !string.Equals(n, "raw", StringComparison.Ordinal));
        return [.. names.Where(n => !JsonNode.DeepEquals(a[n], b[n])).Order(StringComparer.Ordinal)];
    }
}
