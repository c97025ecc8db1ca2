using System.Globalization;
using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Ofac;

namespace Credence.Lists.Un;

/// <summary>
/// Reads the UN Security Council consolidated list XML. The source is always <see cref="ListSources.UnSc"/>;
/// <see cref="ListReadResult.Published"/> is the UTC day of the root's dateGenerated attribute. Companions are not used.
/// </summary>
public sealed class UnXmlList : IListFormatReader
{
    public ListFormat Format => ListFormat.UnXml;

    /// <summary>True when the first element in <paramref name="head"/> (say the first 4 KiB) is CONSOLIDATED_LIST.</summary>
    public static bool Recognizes(ReadOnlySpan<byte> head) =>
        string.Equals(ListSniffer.RootElement(head), UnXmlReader.Root, StringComparison.Ordinal);

    /// <summary>
    /// Reads the file. Bad records are diagnostics; throws <see cref="ListFormatException"/> for XML that is malformed, cut short, has a
    /// DTD or another root element, and for a file over 256 MiB.
    /// </summary>
    public ListReadResult Read(ListInput input, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<ParseDiagnostic>();
        var file = UnXmlReader.Read(input.Content, input.FileName, diagnostics, cancellationToken);
        DateOnly? published = null;
        if (file.DateGenerated is { } generated)
        {
            if (DateTimeOffset.TryParse(generated, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
                published = DateOnly.FromDateTime(stamp.UtcDateTime);
            else
                diagnostics.Add(new ParseDiagnostic(input.FileName, UnXmlReader.Root, "dateGenerated", $"'{generated}' is not a date; ignored"));
        }
        var entities = UnXmlMapper.Map(file.Records, diagnostics, cancellationToken);
        return new ListReadResult { Source = ListSources.UnSc.Id, Format = Format, Entities = entities, Diagnostics = diagnostics, Published = published };
    }
}
