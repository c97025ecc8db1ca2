using System.Globalization;
using Credence.Core.Entities;

namespace Credence.Lists.OpenSanctions;

/// <summary>
/// Turns FollowTheMoney records into screening entities. Persons, organisations (Company, Organization, LegalEntity, PublicBody),
/// vessels and aircraft become entities; Sanction records attach their programmes, authorities and earliest start date to their
/// target; Address and Identification/Passport records add addresses and documents to their holder. Relationship schemas are
/// skipped. A party OpenSanctions marks as context (<c>"target": false</c>) is skipped unless a Sanction record or a "sanction"
/// topic says it is listed.
/// </summary>
public static partial class FtmMapper
{
    /// <summary>Longest name kept, in characters (4,096); a longer one is cut with a warning.</summary>
    public const int MaxNameLength = 4096;

    /// <summary>
    /// Maps <paramref name="records"/> (read once, in file order; only the records used are kept in memory). Entities get
    /// <paramref name="sourceId"/> as their source and the FollowTheMoney id as their source id; raw references name
    /// <paramref name="fileName"/> and the line. When an id appears twice the later line wins, with a warning.
    /// </summary>
    public static IReadOnlyList<SanctionEntity> Map(IEnumerable<FtmRecord> records, string sourceId, string fileName,
        ICollection<ParseDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var index = new RecordIndex();
        foreach (var record in records) index.Add(record, fileName, diagnostics);
        index.ReportUnscreened(fileName, diagnostics);
        index.ReportDanglingSanctions(fileName, diagnostics);

        var entities = new List<SanctionEntity>(index.Parties.Count);
        foreach (var party in index.Parties.Values.OrderBy(p => p.Line))
        {
            var sanctions = index.SanctionsOf(party.Id);
            var listed = sanctions.Count > 0 || party.Values("topics").Any(t => t.StartsWith("sanction", StringComparison.Ordinal));
            if (party.Target == false && !listed) continue;
            var entity = MapParty(party, sanctions, index, sourceId, fileName, diagnostics);
            if (entity is not null) entities.Add(entity);
        }
        return entities;
    }

    private static string LineOf(FtmRecord record) => string.Create(CultureInfo.InvariantCulture, $"line {record.Line}");

    /// <summary>The records the mapper keeps, by role, so Sanction and Address records may come before or after their party.</summary>
    private sealed class RecordIndex
    {
        private readonly Dictionary<string, List<FtmRecord>> _sanctions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<FtmRecord>> _documents = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (int Count, int FirstLine)> _unscreened = new(StringComparer.Ordinal);

        public Dictionary<string, FtmRecord> Parties { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, FtmRecord> Addresses { get; } = new(StringComparer.Ordinal);

        public IReadOnlyList<FtmRecord> SanctionsOf(string id) => _sanctions.TryGetValue(id, out var list) ? list : [];

        public IReadOnlyList<FtmRecord> DocumentsOf(string id) => _documents.TryGetValue(id, out var list) ? list : [];

        public void Add(FtmRecord record, string fileName, ICollection<ParseDiagnostic> diagnostics)
        {
            if (FtmSchemas.ToEntitySchema(record.Schema) is not null)
            {
                if (Parties.TryGetValue(record.Id, out var earlier))
                {
                    diagnostics.Add(new ParseDiagnostic(fileName, LineOf(record), "id", string.Create(CultureInfo.InvariantCulture,
                        $"The entity {record.Id} appears again (first on line {earlier.Line}); this later line is used.")));
                }
                Parties[record.Id] = record;
                return;
            }
            switch (record.Schema)
            {
                case FtmSchemas.Sanction:
                    foreach (var target in record.Values("entity")) AddTo(_sanctions, target, record);
                    break;
                case FtmSchemas.Address:
                    Addresses[record.Id] = record;
                    break;
                case FtmSchemas.Identification:
                case FtmSchemas.Passport:
                    foreach (var holder in record.Values("holder")) AddTo(_documents, holder, record);
                    break;
                default:
                    if (FtmSchemas.IsUnscreenedOther(record.Schema))
                    {
                        _unscreened[record.Schema] = _unscreened.TryGetValue(record.Schema, out var seen)
                            ? (seen.Count + 1, seen.FirstLine)
                            : (1, record.Line);
                    }
                    break;
            }
        }

        public void ReportUnscreened(string fileName, ICollection<ParseDiagnostic> diagnostics)
        {
            foreach (var (schema, (count, firstLine)) in _unscreened)
            {
                diagnostics.Add(new ParseDiagnostic(fileName, string.Create(CultureInfo.InvariantCulture, $"line {firstLine}"), "schema",
                    string.Create(CultureInfo.InvariantCulture,
                        $"{count} {schema} record(s) were skipped: only persons, organisations, vessels and aircraft are screened.")));
            }
        }

        public void ReportDanglingSanctions(string fileName, ICollection<ParseDiagnostic> diagnostics)
        {
            foreach (var (target, sanctions) in _sanctions)
            {
                if (Parties.ContainsKey(target)) continue;
                var first = sanctions[0];
                diagnostics.Add(new ParseDiagnostic(fileName, LineOf(first), "entity",
                    $"The Sanction {first.Id} refers to {target}, which is not a person, organisation, vessel or aircraft in this file."));
            }
        }

        private static void AddTo(Dictionary<string, List<FtmRecord>> map, string key, FtmRecord record)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            list.Add(record);
        }
    }
}
