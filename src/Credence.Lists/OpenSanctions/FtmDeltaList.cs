using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.OpenSanctions;

/// <summary>
/// Reads an OpenSanctions delta file ({"op": "ADD"|"MOD"|"DEL", "entity": {...}} per line) as a list: the operations are applied in
/// order to an empty set and the entities left are mapped as <see cref="FtmJsonList"/> maps them. To apply a delta to an earlier
/// version, use <see cref="FtmReader.ReadDelta"/> and <see cref="FtmDelta.Apply"/> directly. Published is null (the file states none).
/// </summary>
public sealed class FtmDeltaList : IListFormatReader
{
    public ListFormat Format => ListFormat.FtmDelta;

    /// <exception cref="ListFormatException">The file is empty or no line is a delta operation in JSON.</exception>
    public ListReadResult Read(ListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var diagnostics = new List<ParseDiagnostic>();
        var set = new Dictionary<string, FtmRecord>(StringComparer.Ordinal);
        FtmDelta.Apply(set, FtmReader.ReadDelta(input.Content, input.FileName, diagnostics, cancellationToken), input.FileName, diagnostics);
        var source = ListSources.OpenSanctions.Id;
        var entities = FtmMapper.Map(set.Values.OrderBy(r => r.Line), source, input.FileName, diagnostics);
        return new ListReadResult { Source = source, Format = Format, Entities = entities, Diagnostics = diagnostics };
    }
}
