using System.Text;
using System.Xml;
using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Ofac;

/// <summary>
/// Opens list XML so that nothing outside the file is ever read and nothing expands without bound: DTDs are refused (which also
/// refuses external entities and entity-expansion bombs), no resolver is set, and the reader works on decoded text, never on a URI.
/// Shared by the OFAC and UN XML readers.
/// </summary>
internal static class SafeXml
{
    private static readonly string[] UnicodeNames = ["utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "unicode", "us-ascii", "ascii", "utf-32"];

    /// <summary>
    /// Reads and decodes the whole stream and returns a reader over it. A declared single-byte encoding is honoured; otherwise the bytes
    /// are read as UTF-8 (or UTF-16 when marked), and bytes that are not valid UTF-8 are decoded as Windows-1252 with a warning.
    /// Throws <see cref="ListFormatException"/> when the file is over <see cref="ListText.MaxBytes"/>.
    /// </summary>
    public static XmlReader Open(Stream content, string fileName, ICollection<ParseDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var bytes = ListText.ReadAll(content, fileName, cancellationToken);
        string text;
        if (DeclaredLegacyEncoding(bytes) is { } declared)
        {
            text = declared.GetString(bytes);
        }
        else
        {
            text = ListText.Decode(bytes, ListText.Windows1252, "UTF-8", out var note);
            if (note is not null) diagnostics.Add(new ParseDiagnostic(fileName, "line 1", null, note));
        }
        return XmlReader.Create(new StringReader(text), Settings());
    }

    /// <summary>Turns an XML error into the one <see cref="ListFormatException"/> the caller throws, with line and position.</summary>
    public static ListFormatException Error(string fileName, XmlException exception)
    {
        // A refused DOCTYPE comes without a line number: say where it is instead of "line 0".
        var location = exception.LineNumber > 0 ? $"line {exception.LineNumber}, position {exception.LinePosition}" : "before the root element";
        // The runtime reports a refused DOCTYPE only through its message; its resources are not localised on .NET.
        var reason = exception.Message.Contains("DTD", StringComparison.Ordinal)
            ? "DTDs are not allowed in list files (a DOCTYPE can read other files or expand entities without bound)"
            : "the XML is not well-formed or is cut short: " + exception.Message;
        return new ListFormatException(fileName, location, reason, exception);
    }

    /// <summary>"line L, position P" of the reader's current node.</summary>
    public static string Position(XmlReader reader) =>
        reader is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}, position {info.LinePosition}" : "line 0";

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        MaxCharactersFromEntities = 1024,
        CloseInput = true,
    };

    // An XML declaration such as <?xml version="1.0" encoding="ISO-8859-1"?> names a legacy encoding the text must be read with.
    private static Encoding? DeclaredLegacyEncoding(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 256));
        if (!head.StartsWith("<?xml", StringComparison.Ordinal)) return null;
        var end = head.IndexOf("?>", StringComparison.Ordinal);
        if (end < 0) return null;
        var declaration = head[..end];
        var at = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0) return null;
        var open = declaration.IndexOfAny(['"', '\''], at);
        if (open < 0) return null;
        var close = declaration.IndexOf(declaration[open], open + 1);
        if (close < 0) return null;
        var name = declaration[(open + 1)..close].Trim();
        if (UnicodeNames.Contains(name.ToLowerInvariant())) return null;
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
