using System.Text;
using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Eu;

/// <summary>
/// The legacy (2016) EU XML (<see cref="ListFormat.EuFsfLegacyXml"/>): <see cref="EuFsfLegacyXmlReader"/> then
/// <see cref="EuFsfLegacyXmlMapper"/>. Entities are of source "eu-fsf" with ENTITY@Id as SourceId; Published is WHOLE@Date
/// (written dd/MM/yyyy).
/// </summary>
public sealed class EuFsfLegacyXmlList : IListFormatReader
{
    public ListFormat Format => ListFormat.EuFsfLegacyXml;

    /// <summary>Reads and maps the whole file.</summary>
    /// <exception cref="ListFormatException">The input is not this format at all, or is malformed or truncated XML.</exception>
    public ListReadResult Read(ListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var set = new EuFsfLegacyXmlReader().Read(input.Content, input.FileName, cancellationToken);
        var diagnostics = new List<ParseDiagnostic>(set.Diagnostics);
        var mapper = new EuFsfLegacyXmlMapper(input.FileName);
        var entities = new List<SanctionEntity>(set.Records.Count);
        foreach (var record in set.Records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (mapper.Map(record, diagnostics) is { } entity) entities.Add(entity);
        }
        DateOnly? published = null;
        if (EuDates.TryParseLegacyPublished(set.PublishedText, out var day)) published = day;
        else if (!string.IsNullOrWhiteSpace(set.PublishedText))
            diagnostics.Add(new ParseDiagnostic(input.FileName, "WHOLE", "Date", $"'{set.PublishedText}' is not a date (dd/MM/yyyy); publication date unknown."));
        return new ListReadResult
        {
            Source = ListSources.EuFsf.Id,
            Format = Format,
            Entities = entities,
            Diagnostics = diagnostics,
            Published = published,
        };
    }

    /// <summary>True when the first bytes of a file look like this format (a WHOLE root holding ENTITY elements). Looks at most at 4,096 bytes.</summary>
    public static bool LooksLike(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 4_096)]);
        return text.Contains("<WHOLE", StringComparison.Ordinal) && text.Contains("<ENTITY", StringComparison.Ordinal);
    }
}
