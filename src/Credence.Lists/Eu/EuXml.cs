using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Eu;

/// <summary>
/// The one way the EU readers open XML: no DTD (a DOCTYPE is refused, so no external entity is fetched and no entity expands),
/// no resolver, text decoded as UTF-8 with bad bytes replaced and counted, and XML errors turned into one
/// <see cref="ListFormatException"/> naming line and position.
/// </summary>
internal static class EuXml
{
    private static XmlReaderSettings NewSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        // Closes the StreamReader below, which leaves the caller's stream open.
        CloseInput = true,
        MaxCharactersFromEntities = 1_024,
    };

    /// <summary>
    /// Reads an EU list file: checks the root, takes its publication-date attribute, and hands each entity element below the
    /// root to <paramref name="readEntity"/> as a loaded element. Both EU XML formats share this; only names and the entity
    /// reading differ.
    /// </summary>
    /// <exception cref="ListFormatException">The input is not XML, is truncated or malformed, has a DTD, or has another root.</exception>
    public static EuRecordSet<TRecord> ReadEntities<TRecord>(
        Stream content, string fileName, string formatName, string rootName, string publishedAttribute, string entityName,
        Func<XElement, string, List<ParseDiagnostic>, TRecord> readEntity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var diagnostics = new List<ParseDiagnostic>();
        var records = new List<TRecord>();
        var (xml, fallback) = Open(content);
        string? published;
        using (xml)
        {
            try
            {
                ExpectRoot(xml, fileName, rootName, formatName);
                published = xml.GetAttribute(publishedAttribute);
                var rootDepth = xml.Depth;
                while (xml.Read())
                {
                    if (xml.NodeType != XmlNodeType.Element || xml.Depth != rootDepth + 1) continue;
                    if (!string.Equals(xml.LocalName, entityName, StringComparison.Ordinal)) continue;
                    cancellationToken.ThrowIfCancellationRequested();
                    records.Add(readEntity(LoadElement(xml), fileName, diagnostics));
                }
            }
            catch (XmlException error)
            {
                throw Malformed(fileName, error, xml);
            }
        }
        ReportDecoding(fallback, fileName, diagnostics);
        published = EuFieldLimits.Cap(published, EuFieldLimits.Name, fileName, rootName, publishedAttribute, diagnostics);
        return new EuRecordSet<TRecord> { Records = records, PublishedText = published, Diagnostics = diagnostics };
    }

    /// <summary>
    /// Opens <paramref name="content"/> for reading. The EU publishes UTF-8; a UTF-16 byte-order mark is honoured, and the
    /// declaration's encoding is otherwise not followed, so a mis-declared file still reads (bad bytes become U+FFFD and
    /// <see cref="ReportDecoding"/> says how many).
    /// </summary>
    public static (XmlReader Reader, CountingDecoderFallback Fallback) Open(Stream content)
    {
        var fallback = new CountingDecoderFallback();
        var encoding = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone();
        encoding.DecoderFallback = fallback;
        // The XmlReader is handed a TextReader rather than the stream, so it has no base URI to resolve anything against either.
        var text = new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 65_536, leaveOpen: true);
        var reader = XmlReader.Create(text, NewSettings());
        return (reader, fallback);
    }

    /// <summary>Moves to the root element and checks its local name; throws <see cref="ListFormatException"/> otherwise.</summary>
    public static void ExpectRoot(XmlReader reader, string file, string rootName, string formatName)
    {
        if (reader.MoveToContent() != XmlNodeType.Element)
            throw new ListFormatException(file, "start of file", $"no XML root element; expected <{rootName}> of the {formatName}.");
        if (!string.Equals(reader.LocalName, rootName, StringComparison.Ordinal))
            throw new ListFormatException(file, Where(reader),
                $"root element is <{reader.Name}>, not <{rootName}>: this is not the {formatName}.");
    }

    /// <summary>Reads the element the reader is on (and its children) into a detached element that keeps line numbers.</summary>
    public static XElement LoadElement(XmlReader reader)
    {
        using var subtree = reader.ReadSubtree();
        return XElement.Load(subtree, LoadOptions.SetLineInfo);
    }

    /// <summary>The 1-based line an element started on, or 0 when unknown.</summary>
    public static int LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    /// <summary>An attribute's value as written, or null when absent.</summary>
    public static string? Attr(XElement element, string name) => element.Attribute(name)?.Value;

    /// <summary>The text of the first child element of that local name, or null when there is none.</summary>
    public static string? ChildText(XElement element, string localName) =>
        element.Elements().FirstOrDefault(e => string.Equals(e.Name.LocalName, localName, StringComparison.Ordinal))?.Value;

    /// <summary>Turns an XML error into the one exception a user sees: file, line and position, and what is wrong.</summary>
    /// <param name="file">The file name.</param>
    /// <param name="error">What System.Xml raised.</param>
    /// <param name="reader">The reader that raised it: its position is used when the error carries none (a prohibited DTD).</param>
    public static ListFormatException Malformed(string file, XmlException error, XmlReader reader)
    {
        var where = error.LineNumber > 0
            ? string.Create(CultureInfo.InvariantCulture, $"line {error.LineNumber}, position {error.LinePosition}")
            : Where(reader);
        // System.Xml reports a prohibited DOCTYPE with a message naming the DTD; nothing else it raises mentions one.
        return error.Message.Contains("DTD", StringComparison.Ordinal)
            ? new ListFormatException(file, where,
                "DTDs are not allowed: a DOCTYPE can pull in other files or expand entities without limit, and EU list files have none.", error)
            : new ListFormatException(file, where, $"not well-formed XML (truncated or corrupt): {error.Message}", error);
    }

    /// <summary>Adds one warning when bytes could not be decoded.</summary>
    public static void ReportDecoding(CountingDecoderFallback fallback, string file, ICollection<ParseDiagnostic> diagnostics)
    {
        if (fallback.Count == 0) return;
        diagnostics.Add(new ParseDiagnostic(file, "whole file", null, string.Create(CultureInfo.InvariantCulture,
            $"{fallback.Count:N0} byte sequence(s) were not valid UTF-8 and were replaced with U+FFFD; names containing them may not match.")));
    }

    /// <summary>The reader's position; System.Xml gives none before the first node, which is where a DOCTYPE stands.</summary>
    private static string Where(XmlReader reader) =>
        reader is IXmlLineInfo info && info.HasLineInfo() && info.LineNumber > 0
            ? string.Create(CultureInfo.InvariantCulture, $"line {info.LineNumber}, position {info.LinePosition}")
            : "before the root element";
}
