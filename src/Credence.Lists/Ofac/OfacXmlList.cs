using System.Globalization;
using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Ofac;

/// <summary>
/// Reads OFAC's sdnList XML (sdn.xml, consolidated.xml). The source is <see cref="ListSources.OfacConsolidated"/> when the file name
/// starts with "cons" or contains "consolidated", else <see cref="ListSources.OfacSdn"/> (see <see cref="OfacFileNames"/>).
/// <see cref="ListReadResult.Published"/> is the file's Publish_Date. Companions are not used.
/// </summary>
public sealed class OfacXmlList : IListFormatReader
{
    public ListFormat Format => ListFormat.OfacXml;

    /// <summary>True when the first element in <paramref name="head"/> (say the first 4 KiB) is sdnList, in any namespace.</summary>
    public static bool Recognizes(ReadOnlySpan<byte> head) =>
        string.Equals(ListSniffer.RootElement(head), OfacXmlReader.Root, StringComparison.Ordinal);

    /// <summary>
    /// Reads the file. Bad entries are diagnostics; throws <see cref="ListFormatException"/> for XML that is malformed, cut short, has a
    /// DTD or another root element, and for a file over 256 MiB.
    /// </summary>
    public ListReadResult Read(ListInput input, CancellationToken cancellationToken = default)
    {
        var source = OfacFileNames.SourceFor(input.FileName);
        var diagnostics = new List<ParseDiagnostic>();
        var file = OfacXmlReader.Read(input.Content, input.FileName, diagnostics, cancellationToken);

        var published = OfacDates.ParsePublishDate(file.PublishDate);
        if (published is null && file.PublishDate is not null)
            diagnostics.Add(new ParseDiagnostic(input.FileName, "publshInformation", "Publish_Date", $"'{file.PublishDate}' is not a date; ignored"));
        if (file.RecordCount is not null
            && int.TryParse(file.RecordCount, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count != file.Entries.Count)
            diagnostics.Add(new ParseDiagnostic(input.FileName, "publshInformation", "Record_Count",
                $"the file says it has {count} entries but holds {file.Entries.Count}"));

        var entities = OfacXmlMapper.Map(source, file.Entries, diagnostics, cancellationToken);
        return new ListReadResult { Source = source.Id, Format = Format, Entities = entities, Diagnostics = diagnostics, Published = published };
    }
}
