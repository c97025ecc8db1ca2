using Credence.Lists.Common;

namespace Credence.Lists.Canada;

/// <summary>The Canadian consolidated autonomous sanctions list XML (sema-lmes.xml): <see cref="CanadaSemaReader"/> then
/// <see cref="CanadaSemaMapper"/>.</summary>
public sealed class CanadaSemaList : IListFormatReader
{
    public ListFormat Format => ListFormat.CanadaSemaXml;

    /// <summary>True when <paramref name="head"/> (the first bytes of a file, 1 KiB is plenty) holds the &lt;data-set&gt; root of a SEMA
    /// file. For format detection; <see cref="Read"/> checks the document itself.</summary>
    public static bool LooksLike(ReadOnlySpan<byte> head) => head.IndexOf("<data-set"u8) >= 0;

    /// <inheritdoc cref="CanadaSemaReader.Read"/>
    public ListReadResult Read(ListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var file = CanadaSemaReader.Read(input.Content, input.FileName, cancellationToken);
        return CanadaSemaMapper.Map(file, input.FileName, cancellationToken);
    }
}
