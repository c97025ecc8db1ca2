using System.Text.Json;
using Credence.Cli.Tests.Support;
using Credence.TestSupport;

namespace Credence.Cli.Tests.Letters;

public sealed class LettersCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [SharedDataFact]
    public async Task LettersParse_RealLetterJson_HasTheDocumentedShapeAndCounts()
    {
        var result = await _sandbox.RunAsync("letters", "parse", SharedData.Path("letters", "2021-11-22-interpol-myanmar-open-letter.txt"), "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(
            ["title", "date", "statedCount", "parsedCount", "addressees", "contacts", "signatories", "nearDuplicates", "demands", "problems"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2021-11-22", root.GetProperty("date").GetString());
        Assert.Equal(259, root.GetProperty("statedCount").GetInt32());
        Assert.Equal(259, root.GetProperty("parsedCount").GetInt32());
        Assert.Equal(259, root.GetProperty("signatories").GetArrayLength());
        var first = root.GetProperty("signatories")[0];
        Assert.Equal(["number", "name"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, first.GetProperty("number").GetInt32());
        var contact = root.GetProperty("contacts")[0];
        Assert.Equal(["name", "organisation", "email"], contact.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, root.GetProperty("contacts").GetArrayLength());
        Assert.Equal(13, root.GetProperty("addressees").GetArrayLength());
        Assert.Equal(3, root.GetProperty("demands").GetArrayLength());
        Assert.All(root.GetProperty("nearDuplicates").EnumerateArray(), p => Assert.Equal(2, p.GetArrayLength()));
        Assert.Equal(0, root.GetProperty("problems").GetArrayLength());
        Assert.Contains("Jürgen Stock", result.Out, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task LettersParse_RealLetterText_PrintsSummaryAndNumberedList()
    {
        var result = await _sandbox.RunAsync("letters", "parse", SharedData.Path("letters", "2021-11-22-interpol-myanmar-open-letter.txt"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Date: 2021-11-22", result.Out, StringComparison.Ordinal);
        Assert.Contains("Signatories: 259 parsed; the text states 259", result.Out, StringComparison.Ordinal);
        Assert.Contains("Contacts (3):", result.Out, StringComparison.Ordinal);
        Assert.Contains("Problems: none", result.Out, StringComparison.Ordinal);
        Assert.Contains("183. MINBYUN - Lawyers for a Democratic Society International Solidarity Committee", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LettersParse_MissingFile_OneLineExitOne()
    {
        var result = await _sandbox.RunAsync("letters", "parse", "no-such-letter.txt");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Out);
        Assert.Equal("credence: file not found: no-such-letter.txt", result.Err.Trim());
    }

    [Fact]
    public async Task LettersParse_TextWithoutSignatories_PrintsProblemAndExitsOne()
    {
        var path = _sandbox.Write("note.txt", "Subject: Only a note\n\nNobody signed this.\n");

        var result = await _sandbox.RunAsync("letters", "parse", path, "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.StartsWith("no signatory list found", json.RootElement.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("no signatories found in", result.Err, StringComparison.Ordinal);
    }
}
