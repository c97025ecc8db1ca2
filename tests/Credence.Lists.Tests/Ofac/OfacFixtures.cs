using System.Text;
using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Ofac;
using Credence.TestSupport;

namespace Credence.Lists.Tests.Ofac;

/// <summary>The files in Fixtures/Ofac (read from the source tree) and small helpers to build inputs in memory.</summary>
internal static class OfacFixtures
{
    public static string Path(string file) => System.IO.Path.Combine(SharedData.RepositoryRoot(), "tests", "Credence.Lists.Tests", "Fixtures", "Ofac", file);

    public static byte[] Bytes(string file) => File.ReadAllBytes(Path(file));

    public static MemoryStream Stream(string file) => new(Bytes(file));

    /// <summary>CSV text as OFAC writes it: Windows-1252, CRLF line ends, a final 0x1A byte.</summary>
    public static MemoryStream Csv(params string[] lines)
    {
        var text = string.Concat(lines.Select(l => l + "\r\n"));
        return new MemoryStream([.. Encoding.Latin1.GetBytes(text), 0x1A]);
    }

    /// <summary>A primary row with all 12 columns; empty columns are OFAC's "-0- ".</summary>
    public static string Row(int entNum, string name, string type = "-0- ", string program = "\"SDGT\"", string remarks = "-0- ") =>
        $"{entNum},\"{name}\",{type},{program},-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,{remarks}";

    public static ListReadResult ReadFixtureSet()
    {
        using var sdn = Stream("sdn.csv");
        using var add = Stream("add.csv");
        using var alt = Stream("alt.csv");
        using var comments = Stream("sdn_comments.csv");
        return new OfacCsvList().Read(new ListInput
        {
            FileName = "sdn.csv",
            Content = sdn,
            Companions = new Dictionary<string, ListCompanion>
            {
                ["add"] = new("add.csv", add),
                ["alt"] = new("alt.csv", alt),
                ["comments"] = new("sdn_comments.csv", comments),
            },
        });
    }

    public static IReadOnlyList<OfacCsvRecord> ReadPrimary(Stream content, List<ParseDiagnostic> diagnostics) =>
        OfacCsvReader.ReadPrimary(content, "sdn.csv", diagnostics);
}
