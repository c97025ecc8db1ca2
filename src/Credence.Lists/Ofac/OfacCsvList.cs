using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Ofac;

/// <summary>
/// Reads an OFAC legacy CSV set: the primary file (sdn.csv or cons_prim.csv) in <see cref="ListInput.Content"/> and, when present, the
/// companions in <see cref="ListInput.Companions"/> under the roles "add", "alt" and "comments". The source is
/// <see cref="ListSources.OfacConsolidated"/> when the primary file name starts with "cons", else <see cref="ListSources.OfacSdn"/>
/// (see <see cref="OfacFileNames"/>). The CSV states no publication date, so <see cref="ListReadResult.Published"/> is null.
/// </summary>
public sealed class OfacCsvList : IListFormatReader
{
    public ListFormat Format => ListFormat.OfacCsv;

    /// <summary>
    /// True when the first bytes look like an OFAC legacy CSV file (primary or companion): the first line starts with a number and a
    /// comma and holds a quoted field or OFAC's "-0-" empty marker. Which file of a set it is comes from its name (<see cref="OfacFileNames"/>).
    /// </summary>
    public static bool Recognizes(ReadOnlySpan<byte> head)
    {
        var text = ListSniffer.Text(head).TrimStart();
        var lineEnd = text.IndexOfAny(['\r', '\n']);
        var line = lineEnd < 0 ? text : text[..lineEnd];
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
        return digits > 0 && digits < line.Length && line[digits] == ','
            && (line.Contains('"', StringComparison.Ordinal) || line.Contains("-0-", StringComparison.Ordinal));
    }

    /// <summary>
    /// Reads the set. Bad rows are diagnostics; throws <see cref="ListFormatException"/> when the primary file or a companion has no
    /// readable row at all (it is not an OFAC CSV), or is over 256 MiB.
    /// </summary>
    public ListReadResult Read(ListInput input, CancellationToken cancellationToken = default)
    {
        var source = OfacFileNames.SourceFor(input.FileName);
        var diagnostics = new List<ParseDiagnostic>();
        var primary = OfacCsvReader.ReadPrimary(input.Content, input.FileName, diagnostics, cancellationToken);

        IReadOnlyList<OfacCsvAddressRecord> addresses = [];
        IReadOnlyList<OfacCsvAliasRecord> aliases = [];
        IReadOnlyList<OfacCsvCommentRecord> comments = [];
        foreach (var (role, companion) in input.Companions)
        {
            switch (role)
            {
                case OfacFileNames.AddressRole:
                    addresses = OfacCsvReader.ReadAddresses(companion.Content, companion.FileName, diagnostics, cancellationToken);
                    break;
                case OfacFileNames.AliasRole:
                    aliases = OfacCsvReader.ReadAliases(companion.Content, companion.FileName, diagnostics, cancellationToken);
                    break;
                case OfacFileNames.CommentsRole:
                    comments = OfacCsvReader.ReadComments(companion.Content, companion.FileName, diagnostics, cancellationToken);
                    break;
                default:
                    diagnostics.Add(new ParseDiagnostic(companion.FileName, "file", null,
                        $"companion role '{role}' is not one of add, alt, comments; file not read"));
                    break;
            }
        }

        var entities = OfacCsvMapper.Map(source, primary, addresses, aliases, comments, diagnostics, cancellationToken);
        return new ListReadResult { Source = source.Id, Format = Format, Entities = entities, Diagnostics = diagnostics };
    }
}
