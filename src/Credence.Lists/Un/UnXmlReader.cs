using System.Xml;
using System.Xml.Linq;
using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Ofac;

namespace Credence.Lists.Un;

/// <summary>
/// Reads the UN Security Council consolidated list XML (root CONSOLIDATED_LIST, with INDIVIDUALS/INDIVIDUAL and ENTITIES/ENTITY) into
/// records, one element at a time. Opened through <see cref="SafeXml"/>, so DTDs and external entities are refused.
/// </summary>
public static class UnXmlReader
{
    /// <summary>The root element name.</summary>
    public const string Root = "CONSOLIDATED_LIST";

    /// <summary>
    /// Reads the file. Throws <see cref="ListFormatException"/> (with line and position) when the XML is not well-formed, is cut short,
    /// has a DTD, or its root is not CONSOLIDATED_LIST, and when it is over 256 MiB.
    /// </summary>
    public static UnXmlFile Read(Stream content, string fileName, ICollection<ParseDiagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        using var xml = SafeXml.Open(content, fileName, diagnostics, cancellationToken);
        var records = new List<UnXmlRecord>();
        string? generated;
        try
        {
            if (xml.MoveToContent() != XmlNodeType.Element)
                throw new ListFormatException(fileName, SafeXml.Position(xml), "the file has no root element");
            if (!string.Equals(xml.LocalName, Root, StringComparison.Ordinal))
                throw new ListFormatException(fileName, SafeXml.Position(xml),
                    $"the root element is <{xml.LocalName}>, not <{Root}>: this is not a UN Security Council consolidated list");
            generated = xml.GetAttribute("dateGenerated");
            if (xml.IsEmptyElement) return new UnXmlFile(generated, records);
            xml.Read();
            while (!xml.EOF)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (xml.NodeType != XmlNodeType.Element)
                {
                    xml.Read();
                    continue;
                }
                switch (xml.LocalName)
                {
                    case "INDIVIDUALS" or "ENTITIES":
                        xml.Read();
                        break;
                    case "INDIVIDUAL" or "ENTITY":
                        var where = SafeXml.Position(xml);
                        records.Add(Record((XElement)XNode.ReadFrom(xml), fileName, where));
                        break;
                    default:
                        xml.Skip();
                        break;
                }
            }
        }
        catch (XmlException exception)
        {
            throw SafeXml.Error(fileName, exception);
        }
        return new UnXmlFile(generated, records);
    }

    private static UnXmlRecord Record(XElement element, string fileName, string where)
    {
        var kind = element.Name.LocalName;
        var dataId = Text(element, "DATAID");
        var raw = new RawRecordRef(fileName, dataId is null ? $"{kind} at {where}" : $"{kind} DATAID={dataId}");
        return new UnXmlRecord(
            raw,
            kind,
            dataId,
            Text(element, "FIRST_NAME"),
            Text(element, "SECOND_NAME"),
            Text(element, "THIRD_NAME"),
            Text(element, "FOURTH_NAME"),
            Text(element, "NAME_ORIGINAL_SCRIPT"),
            Text(element, "UN_LIST_TYPE"),
            Text(element, "REFERENCE_NUMBER"),
            Text(element, "LISTED_ON"),
            Text(element, "COMMENTS1"),
            Text(element, "GENDER"),
            Values(element, "TITLE"),
            Values(element, "DESIGNATION"),
            Values(element, "NATIONALITY"),
            Children(element, kind + "_ALIAS").Select(a => new UnXmlAlias(
                Text(a, "QUALITY"), Text(a, "ALIAS_NAME"), Text(a, "DATE_OF_BIRTH"), Text(a, "NOTE"))).ToList(),
            Children(element, kind + "_DATE_OF_BIRTH").Select(d => new UnXmlDateOfBirth(
                Text(d, "TYPE_OF_DATE"), Text(d, "DATE"), Text(d, "YEAR"), Text(d, "FROM_YEAR"), Text(d, "TO_YEAR"), Text(d, "NOTE"))).ToList(),
            Children(element, kind + "_DOCUMENT").Select(d => new UnXmlDocument(
                Text(d, "TYPE_OF_DOCUMENT"), Text(d, "TYPE_OF_DOCUMENT2"), Text(d, "NUMBER"), Text(d, "ISSUING_COUNTRY"),
                Text(d, "COUNTRY_OF_ISSUE"), Text(d, "DATE_OF_ISSUE"), Text(d, "NOTE"))).ToList(),
            Children(element, kind + "_ADDRESS").Select(a => new UnXmlAddress(
                Text(a, "STREET"), Text(a, "CITY"), Text(a, "STATE_PROVINCE"), Text(a, "ZIP_CODE"), Text(a, "COUNTRY"), Text(a, "NOTE"))).ToList());
    }

    private static IEnumerable<XElement> Children(XElement parent, string name) => parent.Elements().Where(e => e.Name.LocalName == name);

    // Multi-valued fields are <NATIONALITY><VALUE>x</VALUE><VALUE>y</VALUE></NATIONALITY>.
    private static List<string> Values(XElement parent, string name) =>
        Children(parent, name).SelectMany(e => e.Elements()).Where(e => e.Name.LocalName == "VALUE").Select(Value).OfType<string>().ToList();

    private static string? Text(XElement parent, string name) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == name) is { } child ? Value(child) : null;

    private static string? Value(XElement element)
    {
        var value = element.Value.Trim();
        return value.Length == 0 ? null : value;
    }
}
