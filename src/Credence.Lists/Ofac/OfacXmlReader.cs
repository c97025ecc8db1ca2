using System.Xml;
using System.Xml.Linq;
using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Ofac;

/// <summary>
/// Reads OFAC's sdnList XML (sdn.xml, consolidated.xml) into records, one sdnEntry at a time. Element names are matched without their
/// namespace, because OFAC has changed the namespace over the years. DTDs are refused (see <see cref="SafeXml"/>).
/// </summary>
public static class OfacXmlReader
{
    /// <summary>The root element name.</summary>
    public const string Root = "sdnList";

    /// <summary>
    /// Reads the file. Throws <see cref="ListFormatException"/> (with line and position) when the XML is not well-formed, is cut short,
    /// has a DTD, or its root is not sdnList, and when it is over 256 MiB.
    /// </summary>
    public static OfacXmlFile Read(Stream content, string fileName, ICollection<ParseDiagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        using var xml = SafeXml.Open(content, fileName, diagnostics, cancellationToken);
        string? publishDate = null, recordCount = null;
        var entries = new List<OfacXmlRecord>();
        try
        {
            if (xml.MoveToContent() != XmlNodeType.Element)
                throw new ListFormatException(fileName, SafeXml.Position(xml), "the file has no root element");
            if (!string.Equals(xml.LocalName, Root, StringComparison.Ordinal))
                throw new ListFormatException(fileName, SafeXml.Position(xml),
                    $"the root element is <{xml.LocalName}>, not <{Root}>: this is not an OFAC sdnList XML file");
            if (xml.IsEmptyElement) return new OfacXmlFile(null, null, entries);
            xml.Read();
            while (!xml.EOF)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (xml.NodeType != XmlNodeType.Element)
                {
                    xml.Read();
                    continue;
                }
                var where = SafeXml.Position(xml);
                var element = (XElement)XNode.ReadFrom(xml);
                switch (element.Name.LocalName)
                {
                    case "publshInformation":
                        publishDate = Text(element, "Publish_Date");
                        recordCount = Text(element, "Record_Count");
                        break;
                    case "sdnEntry":
                        entries.Add(Entry(element, fileName, where));
                        break;
                }
            }
        }
        catch (XmlException exception)
        {
            throw SafeXml.Error(fileName, exception);
        }
        return new OfacXmlFile(publishDate, recordCount, entries);
    }

    private static OfacXmlRecord Entry(XElement entry, string fileName, string where)
    {
        var uid = Text(entry, "uid");
        var raw = new RawRecordRef(fileName, uid is null ? $"sdnEntry at {where}" : $"sdnEntry uid={uid}");
        return new OfacXmlRecord(
            raw,
            uid,
            Text(entry, "firstName"),
            Text(entry, "lastName"),
            Text(entry, "title"),
            Text(entry, "sdnType"),
            Text(entry, "remarks"),
            Items(entry, "programList", "program").Select(Value).OfType<string>().ToList(),
            Items(entry, "akaList", "aka").Select(a => new OfacXmlAka(
                Text(a, "uid"), Text(a, "type"), Text(a, "category"), Text(a, "firstName"), Text(a, "lastName"))).ToList(),
            Items(entry, "addressList", "address").Select(a => new OfacXmlAddress(
                Text(a, "address1"), Text(a, "address2"), Text(a, "address3"), Text(a, "city"), Text(a, "stateOrProvince"),
                Text(a, "postalCode"), Text(a, "country"))).ToList(),
            Items(entry, "idList", "id").Select(i => new OfacXmlId(
                Text(i, "idType"), Text(i, "idNumber"), Text(i, "idCountry"), Text(i, "issueDate"), Text(i, "expirationDate"))).ToList(),
            Items(entry, "dateOfBirthList", "dateOfBirthItem").Select(d => Text(d, "dateOfBirth")).OfType<string>().ToList(),
            Items(entry, "placeOfBirthList", "placeOfBirthItem").Select(p => Text(p, "placeOfBirth")).OfType<string>().ToList(),
            Items(entry, "nationalityList", "nationality").Select(n => Text(n, "country")).OfType<string>().ToList(),
            Items(entry, "citizenshipList", "citizenship").Select(c => Text(c, "country")).OfType<string>().ToList(),
            Child(entry, "vesselInfo") is { } vessel
                ? new OfacXmlVessel(Text(vessel, "callSign"), Text(vessel, "vesselType"), Text(vessel, "vesselFlag"), Text(vessel, "vesselOwner"),
                    Text(vessel, "tonnage"), Text(vessel, "grossRegisteredTonnage"))
                : null);
    }

    private static IEnumerable<XElement> Items(XElement parent, string list, string item) =>
        parent.Elements().Where(e => e.Name.LocalName == list).SelectMany(l => l.Elements()).Where(e => e.Name.LocalName == item);

    private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static string? Text(XElement parent, string name) => Child(parent, name) is { } child ? Value(child) : null;

    private static string? Value(XElement element)
    {
        var value = element.Value.Trim();
        return value.Length == 0 ? null : value;
    }
}
