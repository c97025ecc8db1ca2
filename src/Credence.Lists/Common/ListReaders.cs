using Credence.Lists.Canada;
using Credence.Lists.Custom;
using Credence.Lists.Eu;
using Credence.Lists.Ofac;
using Credence.Lists.OpenSanctions;
using Credence.Lists.Uk;
using Credence.Lists.Un;

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
        new OfacCsvList(),
        new OfacXmlList(),
        new UnXmlList(),
        new UkOfsiCsvList(),
        new UkOfsiXlsxList(),
        new CanadaSemaList(),
        new EuFsfXmlList(),
        new EuFsfLegacyXmlList(),
        new EuNamesCsvList(),
    ];

    /// <summary>The reader of <paramref name="format"/> among <see cref="All"/>, or null when none is registered.</summary>
    public static IListFormatReader? For(ListFormat format) => All.FirstOrDefault(r => r.Format == format);
}
