using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Eu;

/// <summary>
/// The EU names extract CSV (<see cref="ListFormat.EuNamesCsv"/>): <see cref="EuNamesCsvReader"/> then <see cref="EuNamesCsvMapper"/>.
/// A third party's extract of the EU list, not an official format: it has no EU ids (SourceIds are derived, see
/// <see cref="EuNamesCsvMapper.DeriveSourceId"/>), no dates, programmes or identifiers, and no publication date.
/// </summary>
public sealed class EuNamesCsvList : IListFormatReader
{
    public ListFormat Format => ListFormat.EuNamesCsv;

    /// <summary>Reads and maps the whole file.</summary>
    /// <exception cref="ListFormatException">The file is empty or has no Name column.</exception>
    public ListReadResult Read(ListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var set = new EuNamesCsvReader().Read(input.Content, input.FileName, cancellationToken);
        var diagnostics = new List<ParseDiagnostic>(set.Diagnostics);
        var mapper = new EuNamesCsvMapper(input.FileName);
        var entities = new List<SanctionEntity>(set.Records.Count);
        foreach (var record in set.Records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (mapper.Map(record, diagnostics) is { } entity) entities.Add(entity);
        }
        return new ListReadResult { Source = ListSources.EuFsf.Id, Format = Format, Entities = entities, Diagnostics = diagnostics };
    }

    /// <summary>True when the file's first line is this extract's header (it starts "Name,Alias,"), ignoring a UTF-8 byte-order mark.</summary>
    public static bool LooksLike(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        return head.StartsWith("Name,Alias,"u8) || head.StartsWith("\"Name\",\"Alias\","u8);
    }
}
