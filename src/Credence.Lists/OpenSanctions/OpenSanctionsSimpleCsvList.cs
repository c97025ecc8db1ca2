using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.OpenSanctions;

/// <summary>Reads an OpenSanctions targets.simple.csv export as a list (source <see cref="ListSources.OpenSanctions"/>). The file
/// states no publication date, so Published is null. Stateless.</summary>
public sealed class OpenSanctionsSimpleCsvList : IListFormatReader
{
    public ListFormat Format => ListFormat.OpenSanctionsSimpleCsv;

    /// <exception cref="ListFormatException">The file has no id, schema and name header, or is broken beyond reading.</exception>
    public ListReadResult Read(ListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var diagnostics = new List<ParseDiagnostic>();
        var source = ListSources.OpenSanctions.Id;
        var records = OpenSanctionsSimpleCsvReader.Read(input.Content, input.FileName, diagnostics, cancellationToken);
        var entities = OpenSanctionsSimpleMapper.Map(records, source, input.FileName, diagnostics);
        return new ListReadResult { Source = source, Format = Format, Entities = entities, Diagnostics = diagnostics };
    }
}
