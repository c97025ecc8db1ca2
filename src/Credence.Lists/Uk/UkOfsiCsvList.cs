using Credence.Lists.Common;

namespace Credence.Lists.Uk;

/// <summary>The OFSI consolidated list as CSV (ConList.csv): <see cref="UkOfsiCsvReader"/> then <see cref="UkOfsiMapper"/>.</summary>
public sealed class UkOfsiCsvList : IListFormatReader
{
    public ListFormat Format => ListFormat.UkOfsiCsv;

    /// <summary>True when <paramref name="head"/> (the first bytes of a file) starts like a ConList CSV: "Last Updated," after an optional
    /// UTF-8 byte-order mark. For format detection; <see cref="Read"/> checks the header itself.</summary>
    public static bool LooksLike(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        ReadOnlySpan<byte> marker = "Last Updated"u8;
        return head.Length >= marker.Length && System.Text.Ascii.EqualsIgnoreCase(head[..marker.Length], marker);
    }

    /// <inheritdoc cref="UkOfsiCsvReader.Read"/>
    public ListReadResult Read(ListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var file = UkOfsiCsvReader.Read(input.Content, input.FileName, cancellationToken);
        return UkOfsiMapper.Map(file, input.FileName, Format, cancellationToken);
    }
}
