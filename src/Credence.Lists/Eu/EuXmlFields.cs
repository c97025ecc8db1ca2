using System.Globalization;
using System.Xml.Linq;
using Credence.Core.Entities;

namespace Credence.Lists.Eu;

/// <summary>
/// Reads one element's attributes and texts for an EU reader, capping each (see <see cref="EuFieldLimits"/>) and naming the record,
/// element and line in any warning: "sanctionEntity logicalId=13/nameAlias (line 40)".
/// </summary>
/// <param name="file">The file name for diagnostics.</param>
/// <param name="label">The record's label, e.g. "ENTITY Id=1".</param>
/// <param name="diagnostics">Where warnings go.</param>
/// <param name="element">The element read; the record's own element when it has no parent.</param>
internal readonly struct EuXmlFields(string file, string label, ICollection<ParseDiagnostic> diagnostics, XElement element)
{
    public int Line { get; } = EuXml.LineOf(element);

    private string Location => element.Parent is null
        ? string.Create(CultureInfo.InvariantCulture, $"{label} (line {Line})")
        : string.Create(CultureInfo.InvariantCulture, $"{label}/{element.Name.LocalName} (line {Line})");

    /// <summary>An attribute's value, capped; null when absent.</summary>
    public string? Get(string attribute, int max = EuFieldLimits.Name) =>
        EuFieldLimits.Cap(EuXml.Attr(element, attribute), max, file, Location, attribute, diagnostics);

    /// <summary>The text of the first child element of that local name, capped; null when absent.</summary>
    public string? Child(string localName, int max = EuFieldLimits.Name) =>
        EuFieldLimits.Cap(EuXml.ChildText(element, localName), max, file, Location, localName, diagnostics);

    /// <summary>The element's own text, capped.</summary>
    public string? Text(int max) => EuFieldLimits.Cap(element.Value, max, file, Location, element.Name.LocalName, diagnostics);

    /// <summary>An id cut for use inside a location label, so a hostile 10 MB id does not end up in every diagnostic.</summary>
    public static string Short(string? id) => id is null ? "?" : id.Length <= 64 ? id : id[..64] + "...";
}
