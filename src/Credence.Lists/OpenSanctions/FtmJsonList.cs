using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.OpenSanctions;

/// <summary>
/// Reads a FollowTheMoney JSON-lines file (an OpenSanctions entities.ftm.json export, or any file of that shape) as a list. The file
/// states no publication date, so <see cref="ListReadResult.Published"/> is null. Stateless: one instance may read many files.
/// </summary>
public sealed class FtmJsonList : IListFormatReader
{
    private readonly ListSource _source;

    /// <summary>Reads entities as OpenSanctions data (<see cref="ListSources.OpenSanctions"/>).</summary>
    public FtmJsonList()
        : this(ListSources.OpenSanctions)
    {
    }

    /// <summary>Reads entities as coming from <paramref name="source"/> (for lists in this format not published by OpenSanctions).</summary>
    public FtmJsonList(ListSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
    }

    public ListFormat Format => ListFormat.FtmJson;

    /// <exception cref="ListFormatException">The file is empty or no line is a FollowTheMoney entity in JSON.</exception>
    public ListReadResult Read(ListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var diagnostics = new List<ParseDiagnostic>();
        var records = FtmReader.ReadEntities(input.Content, input.FileName, diagnostics, cancellationToken);
        var entities = FtmMapper.Map(records, _source.Id, input.FileName, diagnostics);
        return new ListReadResult { Source = _source.Id, Format = Format, Entities = entities, Diagnostics = diagnostics };
    }
}
