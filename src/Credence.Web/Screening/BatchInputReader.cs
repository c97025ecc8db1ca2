using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace Credence.Web.Screening;

/// <summary>
/// Reads batch inputs row by row without loading them whole: CSV with a header (columns name, schema, birthDate or dob,
/// country, identifiers separated by ';', reference; any case; delimiter ',' ';' tab or '|' found from the header), or a
/// JSON array of <see cref="ScreeningInput"/> objects. A row that cannot be read becomes a <see cref="BatchRowInput"/>
/// with an error and reading goes on.
/// </summary>
public static class BatchInputReader
{
    private const int SniffBytes = 64 * 1024;
    private static readonly char[] Delimiters = [',', ';', '\t', '|'];

    /// <summary>Column names accepted for each field (compared case-insensitively, ignoring spaces, '_' and '-').</summary>
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["name"] = "name",
        ["fullname"] = "name",
        ["subject"] = "name",
        ["schema"] = "schema",
        ["type"] = "schema",
        ["birthdate"] = "birthDate",
        ["dob"] = "birthDate",
        ["dateofbirth"] = "birthDate",
        ["country"] = "country",
        ["nationality"] = "country",
        ["identifiers"] = "identifiers",
        ["identifier"] = "identifiers",
        ["ids"] = "identifiers",
        ["idnumber"] = "identifiers",
        ["reference"] = "reference",
        ["ref"] = "reference",
        ["id"] = "reference",
    };

    /// <summary>
    /// Checks that a saved upload is a CSV with a name column: returns null when it is, else what is wrong ("not a text
    /// file", "no name column; columns found: ..."). Reads at most the first 64 KiB.
    /// </summary>
    public static string? CheckCsv(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[SniffBytes];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (read == 0) return "The file is empty.";
        if (Array.IndexOf(buffer, (byte)0, 0, read) >= 0) return "The file is not CSV text (it holds binary data).";
        var text = new UTF8Encoding(false, false).GetString(buffer, 0, read).TrimStart('\uFEFF');
        var header = text.Split('\n', 2)[0].TrimEnd('\r');
        if (header.TrimStart().StartsWith('[') || header.TrimStart().StartsWith('{'))
            return "The file is JSON, not CSV; send JSON as the request body with Content-Type application/json.";
        var fields = SplitHeader(header, DetectDelimiter(header));
        if (!fields.Any(f => Columns.TryGetValue(Key(f), out var field) && field == "name"))
        {
            var found = string.Join(", ", fields.Where(f => f.Length > 0).Take(10).Select(f => f.Length > 40 ? f[..40] + "…" : f));
            return $"The CSV has no 'name' column in its first line (columns found: {(found.Length == 0 ? "none" : found)}).";
        }
        return null;
    }

    /// <summary>The data rows of a CSV file with a header (see <see cref="CheckCsv"/>).</summary>
    public static IEnumerable<BatchRowInput> ReadCsv(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (header, encoding) = PeekHeader(stream);
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true);
        string? bad = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = DetectDelimiter(header).ToString(),
            HasHeaderRecord = true,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.Trim,
            // A line break inside quotes is a broken row in a list of names; report it rather than swallow the next lines.
            LineBreakInQuotedFieldIsBadData = true,
            BadDataFound = args => bad ??= args.Field.Length > 40 ? args.Field[..40] + "…" : args.Field,
        };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read()) yield break;
        csv.ReadHeader();
        var map = MapHeader(csv.HeaderRecord ?? []);
        var row = 0;
        while (true)
        {
            bad = null;
            bool more;
            string? failure = null;
            try
            {
                more = csv.Read();
            }
            catch (CsvHelperException ex)
            {
                more = false;
                failure = $"The CSV could not be read past this row: {ex.Message.Split('\n')[0]}";
            }
            if (failure is not null)
            {
                yield return new BatchRowInput(++row, null, failure);
                yield break;
            }
            if (!more) yield break;
            row++;
            // CsvHelper processes fields (and reports bad data) when they are read, so read the whole record first.
            var record = csv.Parser.Record ?? [];
            if (bad is not null)
            {
                yield return new BatchRowInput(row, null, $"Bad CSV: a quote in an unquoted field or a line break in a quoted one near '{bad}'.");
                continue;
            }
            string? Field(string name) => map.TryGetValue(name, out var index) && index < record.Length ? record[index] : null;
            var identifiers = Field("identifiers");
            yield return new BatchRowInput(row, new ScreeningInput
            {
                Name = Field("name"),
                Schema = Field("schema"),
                BirthDate = Field("birthDate"),
                Country = Field("country"),
                Identifiers = string.IsNullOrWhiteSpace(identifiers)
                    ? []
                    : identifiers.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Reference = Field("reference"),
            }, null);
        }
    }

    /// <summary>
    /// The elements of a JSON array of subjects. An element that is not a subject object is an error row; text that is
    /// not JSON stops reading with an error row, since nothing after it can be found.
    /// </summary>
    public static IEnumerable<BatchRowInput> ReadJson(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var elements = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, JsonOptions).ToBlockingEnumerable();
        using var enumerator = elements.GetEnumerator();
        var row = 0;
        while (true)
        {
            JsonElement element;
            string? failure = null;
            try
            {
                if (!enumerator.MoveNext()) yield break;
                element = enumerator.Current;
            }
            catch (JsonException ex)
            {
                element = default;
                failure = $"The JSON could not be read past this element: {ex.Message}";
            }
            row++;
            if (failure is not null)
            {
                yield return new BatchRowInput(row, null, failure);
                yield break;
            }
            yield return ToInput(row, element);
        }
    }

    /// <summary>Options for the JSON body: camelCase names, any case accepted.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    private static BatchRowInput ToInput(int row, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) return new BatchRowInput(row, null, $"Element is a {element.ValueKind}, not an object.");
        try
        {
            return new BatchRowInput(row, element.Deserialize<ScreeningInput>(JsonOptions), null);
        }
        catch (JsonException ex)
        {
            return new BatchRowInput(row, null, $"Element is not a subject: {ex.Message}");
        }
    }

    // The header line and the text encoding, found without consuming the stream (CsvHelper then reads it from the start).
    // Spreadsheets still save "CSV" in a legacy code page: bytes that are not UTF-8 are read as Latin-1, so "José" stays
    // "José" instead of becoming replacement characters that would match nothing.
    private static (string Header, Encoding Encoding) PeekHeader(Stream stream)
    {
        var utf8 = new UTF8Encoding(false, false);
        if (!stream.CanSeek) return ("", utf8);
        var start = stream.Position;
        var buffer = new byte[Math.Min(SniffBytes, Math.Max(0, stream.Length - start))];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = start;
        // Up to the last line break, so that a character cut in two by the sniff's end is not taken for bad UTF-8.
        var whole = read == buffer.Length && stream.Length - start > read ? Array.LastIndexOf(buffer, (byte)'\n', read - 1) + 1 : read;
        Encoding encoding = utf8;
        try
        {
            _ = new UTF8Encoding(false, true).GetCharCount(buffer, 0, whole);
        }
        catch (DecoderFallbackException)
        {
            encoding = Encoding.Latin1;
        }
        return (encoding.GetString(buffer, 0, read).TrimStart('\uFEFF').Split('\n', 2)[0], encoding);
    }

    private static char DetectDelimiter(string header)
    {
        var best = ',';
        var bestCount = 0;
        foreach (var delimiter in Delimiters)
        {
            var count = SplitHeader(header, delimiter).Count - 1;
            if (count > bestCount)
            {
                best = delimiter;
                bestCount = count;
            }
        }
        return best;
    }

    // Splits one header line, honouring quotes, so that a quoted "name, full" is one column.
    private static List<string> SplitHeader(string header, char delimiter)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"') quoted = !quoted;
            else if (c == delimiter && !quoted)
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else current.Append(c);
        }
        fields.Add(current.ToString().Trim());
        return fields;
    }

    private static Dictionary<string, int> MapHeader(string[] header)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (Columns.TryGetValue(Key(header[i]), out var field)) map.TryAdd(field, i);
        }
        return map;
    }

    private static string Key(string column)
    {
        var sb = new StringBuilder(column.Length);
        foreach (var c in column.Trim().Trim('"'))
        {
            if (c is not (' ' or '_' or '-' or '.')) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
