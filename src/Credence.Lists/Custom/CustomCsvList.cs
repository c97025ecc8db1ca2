using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Custom;

/// <summary>Reads an organisation's own watchlist CSV (wanted persons, internal blocklists) as a list, source
/// <see cref="ListSources.Custom"/>. The file states no publication date, so Published is null. Stateless.</summary>
public sealed class CustomCsvList : IListFormatReader
{
    public ListFormat Format => ListFormat.CustomCsv;

    /// <exception cref="ListFormatException">The file is empty or its header has no name column.</exception>
    public ListReadResult Read(ListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var diagnostics = new List<ParseDiagnostic>();
        var source = ListSources.Custom.Id;
        var records = CustomCsvReader.Read(input.Content, input.FileName, diagnostics, cancellationToken);
        var entities = CustomCsvMapper.Map(records, source, input.FileName, diagnostics);
        return new ListReadResult { Source = source, Format = Format, Entities = entities, Diagnostics = diagnostics };
    }
}
