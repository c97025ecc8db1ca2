using System.Text;
using System.Text.Json;

namespace Credence.Lists.Common;

/// <summary>
/// Recognises a list file from its first bytes, with the file name only as a tie-breaker, so users never name a format: the XML root
/// element, a zip signature (the OFSI workbook), the keys of the first JSON line, or the first CSV row. OFAC legacy CSV companions
/// (add, alt and comments files) are recognised as companions, not as lists. A UTF-8 byte order mark is skipped and UTF-16 is decoded.
/// </summary>
public static class ListFormatDetector
{
    /// <summary>How many leading bytes detection looks at (8 KiB). Give at least this many when the file is longer.</summary>
    public const int SampleBytes = 8192;

    /// <summary>Companion roles, as <see cref="ListInput.Companions"/> keys them.</summary>
    public const string AddRole = "add";
    public const string AltRole = "alt";
    public const string CommentsRole = "comments";

    /// <summary>Roles in the order their bytes follow the primary file's in a list's SHA-256.</summary>
    public static IReadOnlyList<string> CompanionRoles { get; } = [AddRole, AltRole, CommentsRole];

    private static readonly string[] CustomColumns = ["name", "id", "schema", "dob", "country", "identifier", "aliases", "notes"];

    /// <summary>The list format of a file, or <see cref="ListFormat.Unknown"/> (also for OFAC companion files: see
    /// <see cref="DetectCompanion"/>). <paramref name="head"/> is the start of the file; <paramref name="fileName"/> (no folder needed)
    /// only breaks ties.</summary>
    public static ListFormat Detect(ReadOnlySpan<byte> head, string? fileName = null) => Classify(head, fileName).Format;

    /// <summary>The OFAC companion role ("add", "alt" or "comments") of a file, or null when it is not an OFAC companion.</summary>
    public static string? DetectCompanion(ReadOnlySpan<byte> head, string? fileName = null) => Classify(head, fileName).Role;

    /// <summary>
    /// The companion file names OFAC publishes beside a primary file, by role: sdn.csv has add.csv, alt.csv and sdn_comments.csv;
    /// cons_prim.csv has cons_add.csv, cons_alt.csv and cons_comments.csv. Empty for any other name.
    /// </summary>
    public static IReadOnlyDictionary<string, string> CompanionFileNames(string primaryFileName) =>
        Path.GetFileName(primaryFileName).ToLowerInvariant() switch
        {
            "sdn.csv" => new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [AddRole] = "add.csv",
                [AltRole] = "alt.csv",
                [CommentsRole] = "sdn_comments.csv",
            },
            "cons_prim.csv" => new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [AddRole] = "cons_add.csv",
                [AltRole] = "cons_alt.csv",
                [CommentsRole] = "cons_comments.csv",
            },
            _ => new Dictionary<string, string>(StringComparer.Ordinal),
        };

    private static (ListFormat Format, string? Role) Classify(ReadOnlySpan<byte> head, string? fileName)
    {
        if (head.StartsWith("PK\u0003\u0004"u8)) return (ListFormat.UkOfsiXlsx, null);
        var text = Decode(head).TrimStart();
        if (text.Length == 0) return (ListFormat.Unknown, null);
        return text[0] switch
        {
            '<' => (DetectXml(text), null),
            '{' => (DetectJsonLine(text), null),
            _ => DetectCsv(text, fileName),
        };
    }

    private static string Decode(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8)) return Encoding.UTF8.GetString(head[3..]);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(head[2..]);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(head[2..]);
        // UTF-16 without a byte order mark shows as ASCII with a zero byte beside each character.
        if (head.Length >= 4 && head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0) return Encoding.Unicode.GetString(head);
        if (head.Length >= 4 && head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0) return Encoding.BigEndianUnicode.GetString(head);
        return Encoding.UTF8.GetString(head);
    }

    private static ListFormat DetectXml(string text) => RootElement(text) switch
    {
        "sdnList" => ListFormat.OfacXml,
        "CONSOLIDATED_LIST" => ListFormat.UnXml,
        "data-set" => ListFormat.CanadaSemaXml,
        "export" => ListFormat.EuFsfXml,
        "WHOLE" => ListFormat.EuFsfLegacyXml,
        _ => ListFormat.Unknown,
    };

    /// <summary>The local name of the first element, past the XML declaration, comments, processing instructions and a DOCTYPE.</summary>
    private static string? RootElement(string text)
    {
        var at = 0;
        while (true)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            if (at >= text.Length || text[at] != '<') return null;
            var rest = text.AsSpan(at);
            int skip;
            if (rest.StartsWith("<?", StringComparison.Ordinal)) skip = IndexAfter(rest, "?>");
            else if (rest.StartsWith("<!--", StringComparison.Ordinal)) skip = IndexAfter(rest, "-->");
            else if (rest.StartsWith("<!", StringComparison.Ordinal))
            {
                var bracket = rest.IndexOf('[');
                var close = rest.IndexOf('>');
                skip = bracket >= 0 && bracket < close ? IndexAfter(rest, "]>") : close + 1;
            }
            else
            {
                var end = 1;
                while (end < rest.Length && !char.IsWhiteSpace(rest[end]) && rest[end] is not ('>' or '/')) end++;
                var name = rest[1..end];
                var colon = name.IndexOf(':');
                return (colon >= 0 ? name[(colon + 1)..] : name).ToString();
            }
            if (skip <= 0) return null;
            at += skip;
        }
    }

    private static int IndexAfter(ReadOnlySpan<char> text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        return index < 0 ? -1 : index + marker.Length;
    }

    /// <summary>FtmDelta when the first line has "op" and "entity"; FtmJson when it has "schema" with "properties" or "id". The keys
    /// read before the line ends, breaks or leaves the sample decide.</summary>
    private static ListFormat DetectJsonLine(string text)
    {
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var complete = newline >= 0;
        var bytes = Encoding.UTF8.GetBytes(complete ? text[..newline] : text);
        var reader = new Utf8JsonReader(bytes, isFinalBlock: complete, default);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        string? op = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1) continue;
                var key = reader.GetString()!;
                keys.Add(key);
                if (key == "op" && reader.Read() && reader.TokenType == JsonTokenType.String) op = reader.GetString();
            }
        }
        catch (JsonException)
        {
            // A first line broken after its keys is still that format: the reader then reports the line.
        }
        if (keys.Contains("op") && (keys.Contains("entity") || op is "ADD" or "MOD" or "DEL")) return ListFormat.FtmDelta;
        if (keys.Contains("schema") && (keys.Contains("properties") || keys.Contains("id"))) return ListFormat.FtmJson;
        if (keys.Contains("id") && keys.Contains("properties")) return ListFormat.FtmJson;
        return ListFormat.Unknown;
    }

    private static (ListFormat Format, string? Role) DetectCsv(string text, string? fileName)
    {
        var fields = FirstRecord(text, out var complete);
        if (fields.Count == 0) return (ListFormat.Unknown, null);
        var header = fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        if (header[0] == "last updated" || StartsWith(header, "name 6", "name 1")) return (ListFormat.UkOfsiCsv, null);
        if (StartsWith(header, "id", "schema", "name", "aliases")) return (ListFormat.OpenSanctionsSimpleCsv, null);
        if (StartsWith(header, "name", "alias", "nationality", "designation")) return (ListFormat.EuNamesCsv, null);
        if (header[0].Length > 0 && header[0].AsSpan().IndexOfAnyExceptInRange('0', '9') < 0) return DetectOfac(fields, complete, fileName);
        if (header.Contains("name"))
        {
            // A file with a name column is a custom watchlist when its other columns are mostly ours, so that an export of some other
            // system with forty columns, one of them "name", is not read as one.
            var known = header.Count(CustomColumns.Contains);
            if (known >= header.Count - known) return (ListFormat.CustomCsv, null);
        }
        return (ListFormat.Unknown, null);
    }

    /// <summary>OFAC legacy CSV: no header, an entity number first. The column count tells the primary (12) from the address (6),
    /// alias (5) and comments (2) files; when the first row is cut off by the sample the file name decides.</summary>
    private static (ListFormat Format, string? Role) DetectOfac(List<string> fields, bool complete, string? fileName)
    {
        if (complete)
        {
            switch (fields.Count)
            {
                case 12: return (ListFormat.OfacCsv, null);
                case 6: return (ListFormat.Unknown, AddRole);
                case 5 when fields[2].Trim().ToLowerInvariant() is "aka" or "fka" or "nka": return (ListFormat.Unknown, AltRole);
                case 2: return (ListFormat.Unknown, CommentsRole);
            }
        }
        return Path.GetFileName(fileName ?? "").ToLowerInvariant() switch
        {
            "sdn.csv" or "cons_prim.csv" => (ListFormat.OfacCsv, null),
            "add.csv" or "cons_add.csv" => (ListFormat.Unknown, AddRole),
            "alt.csv" or "cons_alt.csv" => (ListFormat.Unknown, AltRole),
            "sdn_comments.csv" or "cons_comments.csv" => (ListFormat.Unknown, CommentsRole),
            _ => (ListFormat.Unknown, null),
        };
    }

    private static bool StartsWith(List<string> header, params string[] columns) =>
        header.Count >= columns.Length && columns.Select((c, i) => header[i] == c).All(b => b);

    /// <summary>The fields of the first comma-separated record (quotes may hold commas and line breaks).</summary>
    private static List<string> FirstRecord(string text, out bool complete)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch != '"') field.Append(ch);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch is '\n' or '\r')
            {
                fields.Add(field.ToString());
                complete = true;
                return fields;
            }
            else field.Append(ch);
        }
        fields.Add(field.ToString());
        complete = false;
        return fields;
    }
}
