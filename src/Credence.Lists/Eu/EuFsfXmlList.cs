using System.Text;
using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Eu;

/// <summary>
/// The current EU Financial Sanctions Files XML (<see cref="ListFormat.EuFsfXml"/>): <see cref="EuFsfXmlReader"/> then
/// <see cref="EuFsfXmlMapper"/>. Entities are of source "eu-fsf" with the EU logicalId as SourceId; Published is the date part
/// of export@generationDate.
/// </summary>
public sealed class EuFsfXmlList : IListFormatReader
{
    public ListFormat Format => ListFormat.EuFsfXml;

    /// <summary>Reads and maps the whole file.</summary>
    /// <exception cref="ListFormatException">The input is not this format at all, or is malformed or truncated XML (see <see cref="EuFsfXmlReader.Read"/>).</exception>
    public ListReadResult Read(ListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var set = new EuFsfXmlReader().Read(input.Content, input.FileName, cancellationToken);
        var diagnostics = new List<ParseDiagnostic>(set.Diagnostics);
        var mapper = new EuFsfXmlMapper(input.FileName);
        var entities = new List<SanctionEntity>(set.Records.Count);
        foreach (var record in set.Records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (mapper.Map(record, diagnostics) is { } entity) entities.Add(entity);
        }
        var published = EuDates.ParseGenerationDate(set.PublishedText);
        if (published is null && !string.IsNullOrWhiteSpace(set.PublishedText))
            diagnostics.Add(new ParseDiagnostic(input.FileName, "export", "generationDate", $"'{set.PublishedText}' is not a date; publication date unknown."));
        return new ListReadResult
        {
            Source = ListSources.EuFsf.Id,
            Format = Format,
            Entities = entities,
            Diagnostics = diagnostics,
            Published = published,
        };
    }

    /// <summary>
    /// True when the first bytes of a file look like this format (they name the EU export namespace), for format detection.
    /// Looks at most at the first 4,096 bytes.
    /// </summary>
    public static bool LooksLike(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 4_096)]);
        return text.Contains(EuFsfXmlReader.Namespace, StringComparison.Ordinal);
    }
}
