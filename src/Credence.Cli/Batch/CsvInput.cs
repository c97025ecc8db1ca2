using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Credence.Cli.Batch;

/// <summary>
/// Reads a CSV with a header row, streaming, for the batch commands. The delimiter (comma, semicolon, tab or bar) and the
/// encoding (UTF-8/16 by BOM, else UTF-8) are detected; header names match case-insensitively.
/// </summary>
internal sealed class CsvInput : IDisposable
{
    private readonly FileStream _stream;
    private readonly StreamReader _reader;
    private readonly CsvParser _parser;
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private string? _badData;

    private CsvInput(string path)
    {
        Path = path;
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65536);
        _reader = new StreamReader(_stream, detectEncodingFromByteOrderMarks: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            BadDataFound = args => _badData ??= $"malformed CSV near \"{Shorten(args.RawRecord)}\"",
        };
        _parser = new CsvParser(_reader, config);
    }

    public string Path { get; }

    public IReadOnlyList<string> Header { get; private set; } = [];

    /// <summary>Bytes read so far; with <see cref="Length"/> it drives the progress bar.</summary>
    public long Position => _stream.Position;

    public long Length => _stream.Length;

    /// <summary>Opens <paramref name="path"/> and reads its header.</summary>
    /// <exception cref="CliUsageException">The file is empty or its header cannot be read.</exception>
    public static CsvInput Open(string path)
    {
        var input = new CsvInput(path);
        try
        {
            if (!input.ReadNext()) throw new CliUsageException($"{path} is empty: a header row is needed");
            input.Header = [.. input._parser.Record!.Select(h => h.Trim())];
            if (input._badData is not null) throw new CliUsageException($"{path} row 1: the header is not valid CSV ({input._badData})");
            for (var i = 0; i < input.Header.Count; i++) input._columns.TryAdd(input.Header[i], i);
            return input;
        }
        catch
        {
            input.Dispose();
            throw;
        }
    }

    /// <summary>The index of the column named <paramref name="name"/> (any case), or -1.</summary>
    public int Column(string name) => _columns.TryGetValue(name, out var index) ? index : -1;

    /// <summary>The index of a column that must be there.</summary>
    /// <exception cref="CliUsageException">It is not.</exception>
    public int RequiredColumn(string name) =>
        Column(name) is >= 0 and var index
            ? index
            : throw new CliUsageException($"{Path} has no '{name}' column (its header is: {string.Join(",", Header)})");

    /// <summary>The data rows, read lazily; each malformed row carries its error and reading goes on.</summary>
    public IEnumerable<CsvRow> Rows()
    {
        while (ReadNext())
        {
            // Fields are parsed when the record is first read, and that is when bad data is reported: read it first.
            var fields = _parser.Record ?? [];
            var error = _badData;
            _badData = null;
            yield return new CsvRow(_parser.Row, fields, error);
        }
    }

    public void Dispose()
    {
        _parser.Dispose();
        _reader.Dispose();
        _stream.Dispose();
    }

    private bool ReadNext()
    {
        try
        {
            return _parser.Read();
        }
        catch (CsvHelperException ex)
        {
            // The parser cannot go on past this point (an unterminated quote, for instance), so the file is bad input.
            throw new CliUsageException($"{Path} row {_parser.Row}: cannot read the CSV ({ex.GetType().Name})", ex);
        }
    }

    private static string Shorten(string text)
    {
        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length <= 40 ? text : text[..40] + "...";
    }
}
