using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Credence.Lists.Common;
using Credence.TestSupport;

namespace Credence.Lists.Tests.Eu;

/// <summary>
/// Writes a read result as the JSON people review in golden files, and compares it with the committed *.expected.json.
/// Set CREDENCE_UPDATE_GOLDEN=1 to rewrite the committed file instead (then review the diff).
/// </summary>
internal static class EuGoldenJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Names in Arabic, Cyrillic and Burmese stay readable in the reviewed file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(ListReadResult result)
    {
        var document = new
        {
            result.Source,
            Format = result.Format.ToString(),
            Published = result.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Entities = result.Entities.Select(e => new
            {
                e.Id,
                Schema = e.Schema.ToString(),
                Names = e.Names.Select(n => new { n.Value, Quality = n.Quality.ToString(), n.Kind }),
                BirthDates = e.BirthDates.Select(d => d.ToString()),
                e.Countries,
                Identifiers = e.Identifiers.Select(i => new { i.Type, i.Value, i.Country }),
                e.Programs,
                e.Authorities,
                ListedOn = e.ListedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                e.Remarks,
                e.Addresses,
                Raw = $"{e.Raw.File} {e.Raw.Location}",
            }),
            Diagnostics = result.Diagnostics.Select(d => $"{d.Severity}: {d}"),
        };
        return JsonSerializer.Serialize(document, Options).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Asserts that <paramref name="actual"/> equals the committed file at Fixtures/Eu/<paramref name="expectedName"/>.</summary>
    public static void AssertMatches(string actual, string expectedName)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CREDENCE_UPDATE_GOLDEN"), "1", StringComparison.Ordinal))
        {
            var source = Path.Combine(SharedData.RepositoryRoot(), "tests", "Credence.Lists.Tests", "Fixtures", "Eu", expectedName);
            File.WriteAllText(source, actual);
            return;
        }
        var expectedPath = EuTestFiles.FixturePath(expectedName);
        Assert.True(File.Exists(expectedPath), $"{expectedName} is missing; run with CREDENCE_UPDATE_GOLDEN=1 to create it, then review it.");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }
}
