using System.Text;
using Credence.Core.Entities;
using Credence.Core.Networks;

namespace Credence.Lists.Graph;

/// <summary>
/// OFAC remarks say "Linked To: MYANMA ECONOMIC HOLDINGS PUBLIC COMPANY LIMITED." for a designation tied to another party. This turns
/// each such statement into an Associate edge, resolving the name by exact normalised match (case, punctuation and spacing ignored)
/// against the names and aliases of entities of the same list (same <see cref="SanctionEntity.Source"/>).
/// </summary>
public static class LinkedToRemarks
{
    private const string Marker = "Linked To:";

    /// <summary>The edges and the unresolved links for a set of entities; entities of different lists are resolved within their own list.</summary>
    public static RemarkLinkResult Extract(IEnumerable<SanctionEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var all = entities.ToList();
        var byName = new Dictionary<(string Source, string Key), List<SanctionEntity>>();
        foreach (var entity in all)
        {
            foreach (var name in entity.Names)
            {
                var key = (entity.Source, Normalize(name.Value));
                if (key.Item2.Length == 0) continue;
                if (!byName.TryGetValue(key, out var list)) byName[key] = list = [];
                if (!list.Contains(entity)) list.Add(entity);
            }
        }
        var edges = new List<NetworkEdge>();
        var diagnostics = new List<ParseDiagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in all)
        {
            foreach (var linked in LinkedNames(entity.Remarks))
            {
                var candidates = byName.TryGetValue((entity.Source, Normalize(linked)), out var found)
                    ? found.Where(e => !ReferenceEquals(e, entity)).ToList()
                    : [];
                if (candidates.Count != 1)
                {
                    diagnostics.Add(new ParseDiagnostic(entity.Raw.File, entity.Raw.Location, "Remarks", candidates.Count == 0
                        ? $"'{Marker} {linked}' names no entity of list {entity.Source}; no link was added."
                        : $"'{Marker} {linked}' matches {candidates.Count} entities of list {entity.Source} ({string.Join(", ", candidates.Select(c => c.Id))}); no link was added."));
                    continue;
                }
                var target = candidates[0];
                var id = $"{entity.Id}>linked-to>{target.Id}";
                if (!seen.Add(id)) continue;
                edges.Add(new NetworkEdge(entity.Id, target.Id, EdgeType.Associate)
                {
                    Id = id,
                    Role = "Linked To (list remarks)",
                    Source = entity.Source,
                    Start = entity.ListedOn,
                });
            }
        }
        return new RemarkLinkResult(edges, diagnostics);
    }

    /// <summary>The names after each "Linked To:" in remarks, with the closing full stop removed.</summary>
    public static IReadOnlyList<string> LinkedNames(string? remarks)
    {
        if (string.IsNullOrEmpty(remarks)) return [];
        var result = new List<string>();
        foreach (var part in remarks.Split(';'))
        {
            var at = part.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var name = part[(at + Marker.Length)..].Trim();
            if (name.EndsWith('.')) name = name[..^1].TrimEnd();
            if (name.Length > 0) result.Add(name);
        }
        return result;
    }

    /// <summary>Upper case, letters and digits only, single spaces: "Star Sapphire Group Pte. Ltd." is "STAR SAPPHIRE GROUP PTE LTD".</summary>
    internal static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        var space = false;
        foreach (var ch in name)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(char.ToUpperInvariant(ch));
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }
}
