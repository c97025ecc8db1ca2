using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Eu;

/// <summary>
/// Turns <see cref="EuNamesCsvRecord"/>s into <see cref="SanctionEntity"/>s of source "eu-fsf". The extract carries no EU id, so
/// the SourceId is derived from the row (see <see cref="DeriveSourceId"/>); one mapper instance reads one file, so that rows with
/// the same derived id are told apart ("-2", "-3" in file order) and reported.
/// </summary>
/// <param name="fileName">The file name put in <see cref="RawRecordRef"/> and diagnostics.</param>
public sealed class EuNamesCsvMapper(string fileName)
{
    /// <summary>
    /// Fragments the extract's comma-joined alias cell splits off a company name ("Al-Bashaair Trading Company, Ltd"): glued back
    /// to the name before them rather than kept as aliases of their own, which would match every company with that legal form.
    /// </summary>
    private static readonly HashSet<string> LegalFormFragments = new(StringComparer.OrdinalIgnoreCase)
    {
        "Ltd", "Ltd.", "Limited", "LLC", "L.L.C.", "Inc", "Inc.", "Co", "Co.", "Corp", "Corp.", "OOO", "OAO", "ZAO", "AO", "PAO", "JSC",
        "PJSC", "CJSC", "LLP", "GmbH", "AG", "S.A.", "SA", "SRL", "S.R.L.", "Kft.", "d.o.o.", "Sp. z o.o", "Sp. z o.o.", "PLC", "FZE", "FZCO",
    };

    private const int MaxLegalFormsPerAlias = 2;

    private readonly Dictionary<string, (int Count, int FirstLine)> _seen = new(StringComparer.Ordinal);

    /// <summary>
    /// The SourceId of a row: "names-" and the first 12 hex digits of the SHA-256 of "designation|name", where the designation is
    /// trimmed and lower-cased and the name is NFC-normalised, trimmed, lower-cased (invariant) and has runs of white space made
    /// one space. So the id survives re-spacing and re-casing of the same name, and a person and a company of the same name differ.
    /// </summary>
    public static string DeriveSourceId(string name, string? designation)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalised = string.Join(' ', name.Normalize(NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        var key = $"{designation?.Trim().ToLowerInvariant()}|{normalised}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "names-" + Convert.ToHexStringLower(hash)[..12];
    }

    /// <summary>Maps one row, adding any problems to <paramref name="diagnostics"/>. Null when the row has no name.</summary>
    public SanctionEntity? Map(EuNamesCsvRecord record, ICollection<ParseDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var where = string.Create(CultureInfo.InvariantCulture, $"line {record.Line}");
        if (string.IsNullOrWhiteSpace(record.Name))
        {
            diagnostics.Add(new ParseDiagnostic(fileName, where, "Name", "the row has no name; skipped.", DiagnosticSeverity.Error));
            return null;
        }

        var schema = MapSchema(record.Designation, where, diagnostics);
        var primary = record.Name.Trim();
        var read = new List<(string, NameQuality)> { (primary, NameQuality.Strong) };
        foreach (var alias in SplitAliases(primary, record.Alias))
        {
            var capped = EuFieldLimits.Cap(alias, EuFieldLimits.Name, fileName, where, "Alias", diagnostics)!;
            // A one-word alias of a person is most often half of a "Surname, Given" pair the comma-joined cell split apart.
            var weak = schema == EntitySchema.Person && !capped.Contains(' ', StringComparison.Ordinal);
            read.Add((capped, weak ? NameQuality.Weak : NameQuality.Strong));
        }
        var names = EuNames.Build(read);

        return new SanctionEntity
        {
            Source = ListSources.EuFsf.Id,
            SourceId = AssignSourceId(primary, record, where, diagnostics),
            Schema = schema,
            Names = names,
            Countries = EuCountries.FromNationalityCell(record.Nationality),
            Authorities = [ListSources.EuFsf.Authority],
            Raw = new RawRecordRef(fileName, where),
        };
    }

    /// <summary>
    /// The aliases of a row: the cell less the leading primary name (the extract always repeats it first, and a primary name may
    /// itself hold a comma), split at ", " (the separator the extract writes; a comma without a space belongs to the name), each trimmed at its ends only, legal-form fragments glued back to the name before them.
    /// </summary>
    internal static IReadOnlyList<string> SplitAliases(string primary, string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell)) return [];
        var rest = cell.Trim();
        if (rest.StartsWith(primary, StringComparison.Ordinal)) rest = rest[primary.Length..].TrimStart(',', ' ');
        var aliases = new List<string>();
        var glued = 0;
        foreach (var piece in rest.Split(", ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // "Co., Ltd" needs two; more would only come from a hostile cell, and each glue copies the whole alias.
            if (aliases.Count > 0 && glued < MaxLegalFormsPerAlias && LegalFormFragments.Contains(piece))
            {
                aliases[^1] = $"{aliases[^1]}, {piece}";
                glued++;
            }
            else
            {
                aliases.Add(piece);
                glued = 0;
            }
        }
        return aliases;
    }

    private string AssignSourceId(string primary, EuNamesCsvRecord record, string where, ICollection<ParseDiagnostic> diagnostics)
    {
        var id = DeriveSourceId(primary, record.Designation);
        if (!_seen.TryGetValue(id, out var seen))
        {
            _seen[id] = (1, record.Line);
            return id;
        }
        var count = seen.Count + 1;
        _seen[id] = (count, seen.FirstLine);
        diagnostics.Add(new ParseDiagnostic(fileName, where, "Name", string.Create(CultureInfo.InvariantCulture,
            $"'{primary}' ({record.Designation}) was already listed at line {seen.FirstLine}; this entry is kept as {id}-{count}.")));
        return string.Create(CultureInfo.InvariantCulture, $"{id}-{count}");
    }

    private EntitySchema MapSchema(string? designation, string where, ICollection<ParseDiagnostic> diagnostics)
    {
        var d = designation?.Trim();
        if (string.Equals(d, "person", StringComparison.OrdinalIgnoreCase)) return EntitySchema.Person;
        if (string.Equals(d, "enterprise", StringComparison.OrdinalIgnoreCase)) return EntitySchema.Organization;
        if (!string.IsNullOrEmpty(d))
            diagnostics.Add(new ParseDiagnostic(fileName, where, "Designation", $"'{d}' is neither person nor enterprise; matched as either."));
        return EntitySchema.Unknown;
    }
}
