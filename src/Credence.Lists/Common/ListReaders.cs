using Credence.Lists.Custom;
using Credence.Lists.OpenSanctions;

namespace Credence.Lists.Common;

/// <summary>
/// The registry of list format readers the loader uses: one reader per <see cref="ListFormat"/>. Readers are stateless, so one instance
/// each serves every load.
/// </summary>
public static class ListReaders
{
    /// <summary>Every registered reader. To register a format, add its reader here, one line each.</summary>
    public static IReadOnlyList<IListFormatReader> All { get; } =
    [
        new FtmJsonList(),
        new FtmDeltaList(),
        new OpenSanctionsSimpleCsvList(),
        new CustomCsvList(),
    ];

    /// <summary>The reader of <paramref name="format"/> among <see cref="All"/>, or null when none is registered.</summary>
    public static IListFormatReader? For(ListFormat format) => All.FirstOrDefault(r => r.Format == format);
}
