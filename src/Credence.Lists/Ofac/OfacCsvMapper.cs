using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Ofac;

/// <summary>
/// Turns OFAC legacy CSV records into <see cref="SanctionEntity"/> values: one per primary row, with its alt.csv aliases (strong), its
/// add.csv addresses, and the remarks continued by sdn_comments.csv and read by <see cref="OfacRemarks"/> (weak aliases, birth dates,
/// countries, identifiers, listing date). The remarks text is kept whole in <see cref="SanctionEntity.Remarks"/>.
/// </summary>
public static class OfacCsvMapper
{
    /// <summary>
    /// Maps a set. A repeated ent_num in the primary file, or a companion row whose ent_num is not in it, is an error diagnostic and
    /// that row is skipped. Entities come out in primary-file order.
    /// </summary>
    public static IReadOnlyList<SanctionEntity> Map(
        ListSource source,
        IReadOnlyList<OfacCsvRecord> primary,
        IReadOnlyList<OfacCsvAddressRecord> addresses,
        IReadOnlyList<OfacCsvAliasRecord> aliases,
        IReadOnlyList<OfacCsvCommentRecord> comments,
        ICollection<ParseDiagnostic> diagnostics,
        CancellationToken cancellationToken = default)
    {
        var byNumber = new Dictionary<int, OfacCsvRecord>();
        var ordered = new List<OfacCsvRecord>(primary.Count);
        foreach (var record in primary)
        {
            if (byNumber.TryGetValue(record.EntNum, out var first))
            {
                diagnostics.Add(new ParseDiagnostic(record.Raw.File, record.Raw.Location, "ent_num",
                    $"ent_num {record.EntNum} appears again (first at {first.Raw.Location}); row skipped", DiagnosticSeverity.Error));
                continue;
            }
            byNumber.Add(record.EntNum, record);
            ordered.Add(record);
        }
        var primaryFile = primary.Count > 0 ? primary[0].Raw.File : "the primary file";
        var addressesOf = Group(addresses, a => a.EntNum, a => a.Raw, byNumber, primaryFile, diagnostics);
        var aliasesOf = Group(aliases, a => a.EntNum, a => a.Raw, byNumber, primaryFile, diagnostics);
        var commentsOf = Group(comments, c => c.EntNum, c => c.Raw, byNumber, primaryFile, diagnostics);

        var entities = new List<SanctionEntity>(ordered.Count);
        foreach (var record in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            entities.Add(MapOne(source, record, addressesOf.GetValueOrDefault(record.EntNum, []), aliasesOf.GetValueOrDefault(record.EntNum, []),
                commentsOf.GetValueOrDefault(record.EntNum, []), diagnostics));
        }
        return entities;
    }

    private static SanctionEntity MapOne(
        ListSource source, OfacCsvRecord record, List<OfacCsvAddressRecord> addresses, List<OfacCsvAliasRecord> aliases,
        List<OfacCsvCommentRecord> comments, ICollection<ParseDiagnostic> diagnostics)
    {
        var raw = record.Raw;
        // sdn_comments.csv carries on where OFAC cut the remarks column, mid-word, so the pieces join with nothing between them.
        var remarks = comments.Count == 0 ? record.Remarks : (record.Remarks ?? "") + string.Concat(comments.Select(c => c.Remarks));
        remarks = OfacMapping.Limit(remarks?.Trim(), OfacMapping.MaxRemarksLength, raw, "Remarks", diagnostics);
        var facts = OfacRemarks.Parse(remarks);

        var names = new List<EntityName>();
        OfacMapping.AddName(names, new EntityName(OfacMapping.Limit(record.Name, OfacMapping.MaxNameLength, raw, "SDN_Name", diagnostics)!));
        foreach (var alias in aliases)
        {
            var value = OfacMapping.Limit(alias.AltName, OfacMapping.MaxNameLength, alias.Raw, "alt_name", diagnostics);
            if (value is not null) OfacMapping.AddName(names, new EntityName(value, NameQuality.Strong, OfacMapping.AliasKind(alias.AltType)));
        }
        foreach (var alias in facts.Aliases) OfacMapping.AddName(names, alias);

        var birthDates = new List<PartialDate>();
        foreach (var text in facts.BirthDates) OfacMapping.AddBirthDates(birthDates, text, raw, "Remarks DOB", diagnostics);

        var countries = new List<string>();
        foreach (var country in facts.Countries) OfacMapping.AddCountry(countries, country);
        foreach (var address in addresses) OfacMapping.AddCountry(countries, address.Country);
        OfacMapping.AddCountry(countries, record.VesselFlag);

        var identifiers = new List<EntityIdentifier>(facts.Identifiers);
        if (record.CallSign is { } callSign) identifiers.Add(new EntityIdentifier("Call Sign", callSign));

        var lines = new List<string>();
        foreach (var address in addresses)
        {
            var line = string.Join(", ", new[] { address.Address, address.CityStateProvincePostalCode, address.Country }.Where(p => p is not null));
            line = OfacMapping.Limit(line, OfacMapping.MaxValueLength, address.Raw, "address", diagnostics)!;
            if (line.Length > 0 && !lines.Contains(line, StringComparer.Ordinal)) lines.Add(line);
        }

        return new SanctionEntity
        {
            Source = source.Id,
            SourceId = record.EntNum.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Schema = OfacMapping.Schema(record.Type, raw, diagnostics),
            Names = names,
            BirthDates = birthDates,
            Countries = countries,
            Identifiers = identifiers.Distinct().ToList(),
            Programs = OfacMapping.Programs(record.Program).Distinct(StringComparer.Ordinal).ToList(),
            Authorities = [source.Authority],
            ListedOn = OfacMapping.EarliestListing(facts.ListingDates, raw, diagnostics),
            Remarks = string.IsNullOrEmpty(remarks) ? null : remarks,
            Addresses = lines,
            Raw = raw,
        };
    }

    private static Dictionary<int, List<T>> Group<T>(
        IReadOnlyList<T> rows, Func<T, int> entNum, Func<T, RawRecordRef> rawOf, Dictionary<int, OfacCsvRecord> known, string primaryFile,
        ICollection<ParseDiagnostic> diagnostics)
    {
        var groups = new Dictionary<int, List<T>>();
        foreach (var row in rows)
        {
            var number = entNum(row);
            if (!known.ContainsKey(number))
            {
                var raw = rawOf(row);
                diagnostics.Add(new ParseDiagnostic(raw.File, raw.Location, "ent_num",
                    $"ent_num {number} is not in {primaryFile}; row skipped", DiagnosticSeverity.Error));
                continue;
            }
            if (!groups.TryGetValue(number, out var list)) groups[number] = list = [];
            list.Add(row);
        }
        return groups;
    }
}
