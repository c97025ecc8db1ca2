using Credence.Lists.Common;

namespace Credence.Lists.Uk;

/// <summary>The OFSI consolidated list as an Excel workbook: <see cref="UkOfsiXlsxReader"/> then <see cref="UkOfsiMapper"/>, so it
/// gives the same entities as <see cref="UkOfsiCsvList"/> on the same rows.</summary>
public sealed class UkOfsiXlsxList : IListFormatReader
{
    public ListFormat Format => ListFormat.UkOfsiXlsx;

    /// <summary>True when <paramref name="head"/> starts with a zip signature, as every XLSX does. Other zips pass too; <see cref="Read"/>
    /// rejects them with a <see cref="ListFormatException"/>.</summary>
    public static bool LooksLike(ReadOnlySpan<byte> head) => head.StartsWith("PK\u0003\u0004"u8);

    /// <inheritdoc cref="UkOfsiXlsxReader.Read"/>
    public ListReadResult Read(ListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var file = UkOfsiXlsxReader.Read(input.Content, input.FileName, cancellationToken);
        return UkOfsiMapper.Map(file, input.FileName, Format, cancellationToken);
    }
}
