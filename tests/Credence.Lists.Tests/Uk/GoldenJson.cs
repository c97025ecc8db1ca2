using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Credence.Lists.Common;

namespace Credence.Lists.Tests.Uk;

/// <summary>
/// Golden-file comparison of parsed entities: a reader's result is written as indented JSON and compared with a committed
/// <c>*.expected.json</c> fixture, so a reviewer sees every change to what the list produces.
/// </summary>
internal static class GoldenJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Non-Latin names stay readable in the golden file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(ListReadResult result) => JsonSerializer.Serialize(new
    {
        result.Source,
        result.Format,
        result.Published,
        Diagnostics = result.Diagnostics.Select(d => $"{d.Severity}: {d}"),
        Entities = result.Entities.Select(e => new
        {
            e.Id,
            e.Schema,
            e.Names,
            BirthDates = e.BirthDates.Select(d => d.ToString()),
            e.Countries,
            e.Identifiers,
            e.Programs,
            e.Authorities,
            e.ListedOn,
            e.Remarks,
            e.Addresses,
            e.Raw,
        }),
    }, Options).ReplaceLineEndings("\n") + "\n";

    /// <summary>
    /// Asserts that <paramref name="result"/> serialises to the committed golden file. On a difference the actual JSON is written
    /// beside the test binaries as <c>*.actual.json</c> to diff and, when the change is intended, copy over the expected file.
    /// </summary>
    public static void AssertMatches(ListReadResult result, string expectedPath)
    {
        var actual = Serialize(result);
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : "";
        if (actual == expected) return;
        var actualPath = Path.Combine(AppContext.BaseDirectory, Path.GetFileName(expectedPath).Replace(".expected.", ".actual.", StringComparison.Ordinal));
        File.WriteAllText(actualPath, actual);
        Assert.Fail($"Parsed entities differ from {expectedPath}; the actual output is in {actualPath}.");
    }
}
