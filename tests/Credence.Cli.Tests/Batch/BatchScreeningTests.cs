using System.Globalization;
using System.Text;
using Credence.Cli.Tests.Support;

namespace Credence.Cli.Tests.Batch;

public sealed class BatchScreeningTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public BatchScreeningTests()
    {
        SeedAsync().GetAwaiter().GetResult();
    }

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Screen_InputFile_WritesOneRowPerHitWithTheDocumentedColumns()
    {
        var input = _sandbox.Write("q.csv", "id,name,dob\nC-1,Ivan Sidorov,\nC-2,Nobody Atall Unrelated,\nC-3,\"PETROVA, Anna\",1970\n");

        var result = await _sandbox.RunAsync("screen", "--input", input, "--output", _sandbox.PathOf("out.csv"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = ReadCsv(_sandbox.PathOf("out.csv"));
        Assert.Equal(["row", "query_id", "query_name", "entity_id", "source", "schema", "matched_name", "score", "programs"], rows[0]);
        Assert.Contains(rows, r => r[0] == "2" && r[1] == "C-1" && r[2] == "Ivan Sidorov" && r[3] == "custom:1" && r[4] == "custom");
        Assert.Contains(rows, r => r[0] == "4" && r[1] == "C-3" && r[6] == "Anna Petrova" && r[8] == "TEST");
        Assert.DoesNotContain(rows, r => r[1] == "C-2");
        Assert.All(rows.Skip(1), r => Assert.InRange(double.Parse(r[7], CultureInfo.InvariantCulture), 0.0, 1.0));
        Assert.Contains("Screened 3 queries", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_InputHeaderInAnyCase_IsRead()
    {
        var input = _sandbox.Write("q.csv", "NAME;Schema;DOB;Country;ID\nIvan Sidorov;person;;RU;X1\n");

        var result = await _sandbox.RunAsync("screen", "--input", input, "--output", _sandbox.PathOf("out.csv"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(ReadCsv(_sandbox.PathOf("out.csv")), r => r[1] == "X1" && r[3] == "custom:1");
    }

    [Fact]
    public async Task Screen_InputWithOnlyANameColumn_NumbersRowsFromTheHeader()
    {
        var input = _sandbox.Write("q.csv", "name\r\nNobody Atall\r\n\"PETROVA, Anna\"\r\n");

        var result = await _sandbox.RunAsync("screen", "--input", input, "--output", _sandbox.PathOf("out.csv"), "--limit", "1");

        Assert.True(result.ExitCode == 0, result.ToString());
        var hit = Assert.Single(ReadCsv(_sandbox.PathOf("out.csv")).Skip(1));
        Assert.Equal(["3", "", "PETROVA, Anna", "custom:2"], hit.Take(4));
    }

    [Fact]
    public async Task Screen_MalformedRows_ReportedWithRowNumbersAndTheRestRuns()
    {
        var input = _sandbox.Write(
            "q.csv",
            "name,dob,schema,id\nIvan Sidorov,,,ok-1\n,1970,,no-name\nAnna Petrova,1970-13,,bad-dob\nIvan Sidorov,,Ship,bad-schema\nAnna Petrova,,,ok-2\n");

        var result = await _sandbox.RunAsync("screen", "--input", input, "--output", _sandbox.PathOf("out.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("row 3: no name; skipped", result.Err, StringComparison.Ordinal);
        Assert.Contains("row 4: bad dob '1970-13'", result.Err, StringComparison.Ordinal);
        Assert.Contains("row 5: unknown schema 'Ship'", result.Err, StringComparison.Ordinal);
        Assert.Contains("3 malformed rows skipped", result.Err, StringComparison.Ordinal);
        var rows = ReadCsv(_sandbox.PathOf("out.csv"));
        Assert.Contains(rows, r => r[1] == "ok-1");
        Assert.Contains(rows, r => r[1] == "ok-2");
        Assert.DoesNotContain(rows, r => r[1] is "no-name" or "bad-dob" or "bad-schema");
    }

    [Fact]
    public async Task Screen_FormulaInCells_IsEscapedInTheOutput()
    {
        var input = _sandbox.Write("q.csv", "id,name\n=1+1,Ivan Sidorov\n@SUM(A1),+Anna Petrova\n");

        var result = await _sandbox.RunAsync("screen", "--input", input, "--output", _sandbox.PathOf("out.csv"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = ReadCsv(_sandbox.PathOf("out.csv"));
        Assert.Contains(rows, r => r[1] == "'=1+1");
        Assert.Contains(rows, r => r[1] == "'@SUM(A1)" && r[2] == "'+Anna Petrova");
        Assert.All(rows, r => Assert.All(r, cell => Assert.False(cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal), cell)));
    }

    [Fact]
    public async Task Screen_ManyRows_KeepsInputOrder()
    {
        var sb = new StringBuilder("id,name\n");
        for (var i = 0; i < 3000; i++) sb.Append(CultureInfo.InvariantCulture, $"{i},{(i % 2 == 0 ? "Ivan Sidorov" : "Anna Petrova")}\n");
        var input = _sandbox.Write("q.csv", sb.ToString());

        var result = await _sandbox.RunAsync("screen", "--input", input, "--output", _sandbox.PathOf("out.csv"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var ids = ReadCsv(_sandbox.PathOf("out.csv")).Skip(1).Select(r => int.Parse(r[1], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3000, ids.Distinct().Count());
        Assert.Equal(ids.Order(), ids);
    }

    [Fact]
    public async Task Screen_InputWithUnterminatedQuote_ReportsTheRowAndExitsOne()
    {
        var input = _sandbox.Write("q.csv", "name,id\nIvan Sidorov,1\nAnna \"Petrova,2\n");

        var result = await _sandbox.RunAsync("screen", "--input", input, "--output", _sandbox.PathOf("out.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("row 3", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }

    private async Task SeedAsync() => await _sandbox.SeedAsync("custom", "Ivan Petrovich Sidorov", "Anna Petrova");

    /// <summary>A small RFC 4180 reader for checking output: quoted fields, doubled quotes, CRLF rows.</summary>
    internal static List<string[]> ReadCsv(string path)
    {
        var text = File.ReadAllText(path);
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add([.. row]); row.Clear(); }
            else cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0) { row.Add(cell.ToString()); rows.Add([.. row]); }
        return rows;
    }
}
