using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using System.Xml;
using System.Xml.Linq;
using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Canada;

/// <summary>
/// Reads the Canadian consolidated autonomous sanctions list XML (root &lt;data-set&gt;, one &lt;record&gt; per listing) into
/// <see cref="CanadaSemaRecord"/>s. Field elements are recognised by name in both the 2020 and the 2025 spelling; no interpretation.
/// DTDs are refused (so no entity expansion and no external fetch), and malformed or cut-off XML is one error naming line and
/// position.
/// </summary>
public static partial class CanadaSemaReader
{
    /// <summary>The root element's name.</summary>
    public const string RootElement = "data-set";

    /// <summary>The name of one listing's element.</summary>
    public const string RecordElement = "record";

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Registered once per process: Windows-1252 is not built into .NET.
    private static readonly Lazy<Encoding> Cp1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    // Element name -> record field. Global Affairs Canada renamed several fields between the 2020 and the 2025 files.
    private static readonly Dictionary<string, string> FieldByElement = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Country"] = nameof(CanadaSemaRecord.Country),
        ["LastName"] = nameof(CanadaSemaRecord.LastName),
        ["GivenName"] = nameof(CanadaSemaRecord.GivenName),
        ["EntityOrShip"] = nameof(CanadaSemaRecord.EntityOrShip),
        ["Entity"] = nameof(CanadaSemaRecord.EntityOrShip),
        ["TitleOrShip"] = nameof(CanadaSemaRecord.TitleOrShip),
        ["Title"] = nameof(CanadaSemaRecord.TitleOrShip),
        ["ShipIMONumber"] = nameof(CanadaSemaRecord.ShipImoNumber),
        ["Aliases"] = nameof(CanadaSemaRecord.Aliases),
        ["DateOfBirthOrShipBuildDate"] = nameof(CanadaSemaRecord.DateOfBirthOrShipBuildDate),
        ["DateOfBirth"] = nameof(CanadaSemaRecord.DateOfBirthOrShipBuildDate),
        ["Schedule"] = nameof(CanadaSemaRecord.Schedule),
        ["Item"] = nameof(CanadaSemaRecord.Item),
        ["DateOfListing"] = nameof(CanadaSemaRecord.DateOfListing),
    };

    /// <summary>Reads every record of a SEMA XML file.</summary>
    /// <param name="content">The file's bytes; read once, to the end, and not closed.</param>
    /// <param name="fileName">The file name used in diagnostics and errors.</param>
    /// <param name="cancellationToken">Checked between records.</param>
    /// <exception cref="ListFormatException">The content is not well-formed XML (garbage, cut off), has a DTD, or its root element is
    /// not &lt;data-set&gt;. The location is "line L, position P" as the XML reader reports it.</exception>
    public static CanadaSemaFile Read(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var diagnostics = new List<ParseDiagnostic>();
        var bytes = ReadAll(content, cancellationToken);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersFromEntities = 1024,
            CloseInput = true,
        };

        // The XML reader gets decoded text, never the stream or a URI, so nothing it meets can make it open another resource.
        using var xml = XmlReader.Create(Decode(bytes, fileName, diagnostics), settings);
        try
        {
            return new CanadaSemaFile { Records = ReadRecords(xml, fileName, diagnostics, cancellationToken), Diagnostics = diagnostics };
        }
        catch (XmlException ex)
        {
            var doctype = DoctypeAt(bytes);
            if (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) || (doctype is not null && ex.LineNumber == 0))
            {
                // The DTD refusal carries no position of its own, so the place is that of "<!DOCTYPE" in the bytes.
                throw new ListFormatException(fileName, doctype ?? "line 1, position 1",
                    "DTDs are not allowed in a list file (they can expand entities without bound or fetch external files).", ex);
            }

            var info = (IXmlLineInfo)xml;
            var location = ex.LineNumber > 0
                ? $"line {ex.LineNumber}, position {ex.LinePosition}"
                : $"line {info.LineNumber}, position {info.LinePosition}";
            var message = $"The file is not well-formed XML (malformed or cut off): {ex.Message}";
            throw new ListFormatException(fileName, location, message, ex);
        }
    }

    private static List<CanadaSemaRecord> ReadRecords(XmlReader xml, string fileName, List<ParseDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var lineInfo = (IXmlLineInfo)xml;
        if (xml.MoveToContent() != XmlNodeType.Element || !string.Equals(xml.LocalName, RootElement, StringComparison.Ordinal))
        {
            throw new ListFormatException(fileName, $"line {lineInfo.LineNumber}, position {lineInfo.LinePosition}",
                $"The root element is <{xml.LocalName}>, not <{RootElement}>, so this is not a Canada SEMA list.");
        }

        var records = new List<CanadaSemaRecord>();
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        xml.Read();

        // Read to the end of the document even after the root closes, so a cut-off or doubled file is caught, not half read.
        while (!xml.EOF)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
                continue;
            }

            if (string.Equals(xml.LocalName, RecordElement, StringComparison.Ordinal) && xml.Depth == 1)
            {
                var line = lineInfo.LineNumber;
                var element = (XElement)XNode.ReadFrom(xml);
                records.Add(ToRecord(element, records.Count + 1, line, fileName, unknown, diagnostics));
                continue;
            }

            diagnostics.Add(new ParseDiagnostic(fileName, $"line {lineInfo.LineNumber}", xml.LocalName,
                $"Unexpected element <{xml.LocalName}>; it was ignored."));
            xml.Skip();
        }

        return records;
    }

    private static CanadaSemaRecord ToRecord(XElement element, int number, int line, string fileName, HashSet<string> unknown, List<ParseDiagnostic> diagnostics)
    {
        var location = $"record {number}";
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var child in element.Elements())
        {
            var name = child.Name.LocalName;
            if (!FieldByElement.TryGetValue(name, out var field))
            {
                // Reported once per element name: a new field would otherwise repeat on every record.
                if (unknown.Add(name))
                {
                    diagnostics.Add(new ParseDiagnostic(fileName, $"{location} (line {line})", name, $"Unknown element <{name}>; it was not read."));
                }

                continue;
            }

            if (!fields.TryGetValue(field, out var existing) || existing.Length == 0) fields[field] = child.Value;
            else if (field == nameof(CanadaSemaRecord.Aliases)) fields[field] = existing + ", " + child.Value;
            else diagnostics.Add(new ParseDiagnostic(fileName, $"{location} (line {line})", name, $"<{name}> appears twice; the first was kept."));
        }

        string F(string name) => fields.TryGetValue(name, out var v) ? v : "";
        return new CanadaSemaRecord
        {
            Location = location,
            Line = line,
            Country = F(nameof(CanadaSemaRecord.Country)),
            LastName = F(nameof(CanadaSemaRecord.LastName)),
            GivenName = F(nameof(CanadaSemaRecord.GivenName)),
            EntityOrShip = F(nameof(CanadaSemaRecord.EntityOrShip)),
            TitleOrShip = F(nameof(CanadaSemaRecord.TitleOrShip)),
            ShipImoNumber = F(nameof(CanadaSemaRecord.ShipImoNumber)),
            Aliases = F(nameof(CanadaSemaRecord.Aliases)),
            DateOfBirthOrShipBuildDate = F(nameof(CanadaSemaRecord.DateOfBirthOrShipBuildDate)),
            Schedule = F(nameof(CanadaSemaRecord.Schedule)),
            Item = F(nameof(CanadaSemaRecord.Item)),
            DateOfListing = F(nameof(CanadaSemaRecord.DateOfListing)),
        };
    }

    /// <summary>
    /// Decodes the bytes: a byte-order mark wins, then valid UTF-8, then the encoding the XML declaration names; UTF-8 that is not
    /// valid is read as Windows-1252 with a warning rather than refused.
    /// </summary>
    private static TextReader Decode(byte[] bytes, string fileName, List<ParseDiagnostic> diagnostics)
    {
        var stream = new MemoryStream(bytes, writable: false);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) && Utf8.IsValid(bytes.AsSpan(3))
            || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }

        var preamble = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        stream.Position = preamble;
        if (Utf8.IsValid(bytes.AsSpan(preamble))) return new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false);

        var declared = DeclaredEncoding().Match(Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 256)));
        if (declared.Success && !declared.Groups[1].Value.StartsWith("utf", StringComparison.OrdinalIgnoreCase))
        {
            _ = Cp1252.Value;
            try
            {
                return new StreamReader(stream, Encoding.GetEncoding(declared.Groups[1].Value), detectEncodingFromByteOrderMarks: false);
            }
            catch (ArgumentException)
            {
                // An encoding name .NET does not know: fall through to the lenient reading below.
            }
        }

        diagnostics.Add(new ParseDiagnostic(fileName, "line 1", null,
            "The file is not valid UTF-8; it was read as Windows-1252 (Latin-1), so check accented letters."));
        return new StreamReader(stream, Cp1252.Value, detectEncodingFromByteOrderMarks: false);
    }

    /// <summary>"line L, position P" of a "&lt;!DOCTYPE" in the first 64 KiB, or null when there is none.</summary>
    private static string? DoctypeAt(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 64 * 1024));
        var at = head.IndexOf("<!DOCTYPE"u8);
        if (at < 0) return null;
        var before = head[..at];
        return $"line {before.Count((byte)'\n') + 1}, position {at - before.LastIndexOf((byte)'\n')}";
    }

    private static byte[] ReadAll(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredEncoding();
}
