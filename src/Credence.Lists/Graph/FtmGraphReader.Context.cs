using System.Text.Json;
using Credence.Core.Entities;
using Credence.Core.Networks;

namespace Credence.Lists.Graph;

public sealed partial class FtmGraphReader
{
    private static readonly HashSet<string> NodeSchemas = new(StringComparer.Ordinal)
    {
        "Person", "Company", "Organization", "LegalEntity", "PublicBody", "Vessel", "Airplane", "Aircraft",
    };

    /// <summary>Relationship schema: the property holding the edge's From, its To, the edge type and the property with the role.</summary>
    private static readonly Dictionary<string, (string From, string To, EdgeType Type, string RoleProperty)> Relations = new(StringComparer.Ordinal)
    {
        ["Ownership"] = ("owner", "asset", EdgeType.Ownership, "role"),
        ["Directorship"] = ("director", "organization", EdgeType.Directorship, "role"),
        ["Family"] = ("person", "relative", EdgeType.Family, "relationship"),
        ["Associate"] = ("person", "associate", EdgeType.Associate, "relationship"),
        ["Membership"] = ("member", "organization", EdgeType.Membership, "role"),
        ["UnknownLink"] = ("subject", "object", EdgeType.UnknownLink, "role"),
        ["Representation"] = ("agent", "client", EdgeType.Associate, "role"),
        ["Employment"] = ("employee", "employer", EdgeType.UnknownLink, "role"),
    };

    /// <summary>Identifier properties of party schemas, with the label kept.</summary>
    private static readonly (string Property, string Label)[] IdentifierProperties =
    [
        ("registrationNumber", "Registration Number"), ("taxNumber", "Tax Number"), ("idNumber", "ID Number"),
        ("passportNumber", "Passport"), ("innCode", "INN"), ("ogrnCode", "OGRN"), ("imoNumber", "IMO"), ("leiCode", "LEI"),
        ("swiftBic", "SWIFT/BIC"), ("vatCode", "VAT"), ("uniqueEntityId", "UEI"),
    ];

    private static readonly string[] CountryProperties = ["country", "jurisdiction", "nationality", "citizenship", "mainCountry"];

    /// <summary>The state of one read: counts, diagnostics, and the sanction topics that wait for the end of the file.</summary>
    private sealed partial class ReadContext(string fileName, NetworkGraphBuilder builder, FtmGraphReaderOptions options)
    {
        private readonly List<ParseDiagnostic> _diagnostics = [];
        private readonly Dictionary<string, List<string>> _topicPrograms = new(StringComparer.Ordinal);
        private readonly HashSet<string> _sanctioned = new(StringComparer.Ordinal);
        private int _nodes;
        private int _edges;
        private int _listings;
        private int _skipped;

        public void Entity(JsonElement root, string location)
        {
            // OpenSanctions delta lines wrap the entity: {"op": "ADD", "entity": {...}}; deletions are not applied to a fresh graph.
            if (root.TryGetProperty("op", out var op) && root.TryGetProperty("entity", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object)
            {
                if (op.ValueKind == JsonValueKind.String && string.Equals(op.GetString(), "DEL", StringComparison.OrdinalIgnoreCase))
                {
                    _skipped++;
                    return;
                }
                root = wrapped;
            }
            var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
            var schema = root.TryGetProperty("schema", out var schemaValue) && schemaValue.ValueKind == JsonValueKind.String ? schemaValue.GetString() : null;
            if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(schema))
            {
                Error(location, string.IsNullOrWhiteSpace(id) ? "id" : "schema", "The entity has no id or no schema and was skipped.");
                return;
            }
            var properties = root.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
            var source = Source(root);
            if (NodeSchemas.Contains(schema)) Node(root, id, schema, properties, location);
            else if (Relations.TryGetValue(schema, out var relation)) Relation(id, schema, relation, properties, source, location);
            else if (schema == "Sanction") Sanction(properties, source, location);
            else if (schema is "Passport" or "Identification") Identification(schema, properties, location);
            else _skipped++;
        }

        public GraphReadResult Finish()
        {
            // A "sanction" topic with no Sanction entity in the file still makes the party listed; its programme ids say by whom.
            foreach (var (entityId, programs) in _topicPrograms)
            {
                if (_sanctioned.Contains(entityId)) continue;
                var codes = programs.Select(SanctionAuthorities.FromProgramId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
                if (codes.Count == 0) codes.Add("");
                foreach (var code in codes)
                {
                    var program = programs.FirstOrDefault(pr => string.Equals(SanctionAuthorities.FromProgramId(pr), code, StringComparison.Ordinal));
                    builder.AddListing(entityId, new NodeListing(code, program, Source: fileName + " (sanction topic)"));
                    _listings++;
                }
            }
            return new GraphReadResult
            {
                Source = fileName,
                Nodes = _nodes,
                Edges = _edges,
                Listings = _listings,
                Skipped = _skipped,
                Diagnostics = _diagnostics,
            };
        }

        public void Warn(string location, string? field, string message) =>
            _diagnostics.Add(new ParseDiagnostic(fileName, location, field, message, DiagnosticSeverity.Warning));

        public void Error(string location, string? field, string message) =>
            _diagnostics.Add(new ParseDiagnostic(fileName, location, field, message, DiagnosticSeverity.Error));

        private string Source(JsonElement root)
        {
            if (!root.TryGetProperty("datasets", out var datasets) || datasets.ValueKind != JsonValueKind.Array) return fileName;
            var names = datasets.EnumerateArray().Where(d => d.ValueKind == JsonValueKind.String).Select(d => d.GetString()!).ToList();
            return names.Count == 0 ? fileName : string.Join(",", names);
        }
    }
}
