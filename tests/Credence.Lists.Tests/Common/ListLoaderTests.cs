using System.Security.Cryptography;
using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.TestSupport;

namespace Credence.Lists.Tests.Common;

public sealed class ListLoaderTests
{
    private const string FtmLine = """{"id":"p1","schema":"Person","properties":{"name":["Ann Example"]}}""";
    private const string SdnRow = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";

    /// <summary>Records what the loader hands a reader, and answers with a fixed result or a fixed exception.</summary>
    private sealed class RecordingReader(ListFormat format, Exception? failure = null) : IListFormatReader
    {
        public List<(string FileName, string Content, Dictionary<string, (string FileName, string Content)> Companions, bool Seekable)> Calls { get; } = [];

        public ListFormat Format => format;

        public ListReadResult Read(ListInput input, CancellationToken cancellationToken = default)
        {
            Calls.Add((input.FileName, new StreamReader(input.Content).ReadToEnd(),
                input.Companions.ToDictionary(c => c.Key, c => (c.Value.FileName, new StreamReader(c.Value.Content).ReadToEnd())),
                input.Content.CanSeek));
            if (failure is not null) throw failure;
            return new ListReadResult { Source = "test", Format = format, Entities = [] };
        }
    }

    private static string Sha256Hex(params string[] files) =>
        Convert.ToHexStringLower(SHA256.HashData(files.SelectMany(File.ReadAllBytes).ToArray()));

    [Fact]
    public void Load_FolderWithListsAndReadme_ReadsTheListsAndSkipsTheReadme()
    {
        using var folder = new TempFolder();
        var ftm = folder.Write("b.ftm.json", FtmLine + "\n");
        var custom = folder.Write("a-watchlist.csv", "name,dob\nAlpha,1970\n");
        folder.Write("README.md", "# notes");
        folder.Write(".hidden.csv", "garbage");

        var report = new ListLoader().Load([folder.Path]);

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal([ListFormat.CustomCsv, ListFormat.FtmJson], report.Lists.Select(l => l.Result.Format));
        Assert.Equal([[custom], [ftm]], report.Lists.Select(l => l.Files));
        Assert.Equal("Ann Example", Assert.Single(report.Lists[1].Result.Entities).PrimaryName);
        Assert.Equal(Sha256Hex(ftm), report.Lists[1].Sha256);
    }

    [Fact]
    public void Load_UnrecognisedDataFileInFolder_IsReportedByName()
    {
        using var folder = new TempFolder();
        var strange = folder.Write("strange.csv", "a;b;c\n1;2;3\n");
        folder.Write("notes.yml", "x: 1");

        var report = new ListLoader().Load([folder.Path]);

        Assert.Empty(report.Lists);
        Assert.Equal([$"{strange}: not a list format Credence recognises."], report.Errors);
    }

    [Fact]
    public void Load_NamedFileOfUnknownFormat_IsReportedWhateverItsExtension()
    {
        using var folder = new TempFolder();
        var notes = folder.Write("notes.md", "# not a list");

        var report = new ListLoader().Load([notes]);

        Assert.Contains(notes, Assert.Single(report.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingPath_IsOneErrorNamingIt()
    {
        var report = new ListLoader().Load(["/no/such/place/sdn.csv", ""]);

        Assert.False(report.Succeeded);
        Assert.Equal("/no/such/place/sdn.csv: no such file or folder.", report.Errors[0]);
        Assert.Equal(2, report.Errors.Count);
    }

    [Fact]
    public void Load_ReaderRejectsTheFile_IsOneErrorAndOtherFilesStillLoad()
    {
        using var folder = new TempFolder();
        var broken = folder.Write("broken.csv", "name\nAlpha\n");
        var good = folder.Write("good.ftm.json", FtmLine);
        var rejecting = new RecordingReader(ListFormat.CustomCsv, new ListFormatException("broken.csv", "line 2", "Bad."));

        var report = new ListLoader([rejecting, .. ListReaders.All]).Load([broken, good]);

        Assert.Equal(["broken.csv line 2: Bad."], report.Errors);
        Assert.Equal([ListFormat.FtmJson], report.Lists.Select(l => l.Result.Format));
    }

    [Theory]
    [InlineData("io")]
    [InlineData("access")]
    [InlineData("data")]
    public void Load_ReaderFailsWithIoOrParserError_IsOneErrorNamingTheFile(string kind)
    {
        using var folder = new TempFolder();
        var file = folder.Write("list.csv", "name\nAlpha\n");
        Exception failure = kind switch
        {
            "io" => new IOException("disk went away"),
            "access" => new UnauthorizedAccessException("access denied"),
            _ => new InvalidDataException("bad zip"),
        };

        var report = new ListLoader([new RecordingReader(ListFormat.CustomCsv, failure)]).Load([file]);

        Assert.StartsWith(file + ": ", Assert.Single(report.Errors), StringComparison.Ordinal);
        Assert.Contains(failure.Message, report.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RealListFormatErrorFromReader_IsReported()
    {
        using var folder = new TempFolder();
        // The first line makes it look like JSON lines; every line is broken.
        var file = folder.Write("bad.ftm.json", "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\n{\"id\":\n");

        var report = new ListLoader().Load([file]);

        Assert.StartsWith("bad.ftm.json line 1, position ", Assert.Single(report.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OfacPrimary_IsReadWithItsCompanionsAndHashedInRoleOrder()
    {
        using var folder = new TempFolder();
        var sdn = folder.Write("sdn.csv", SdnRow);
        var comments = folder.Write("SDN_COMMENTS.CSV", "36,\"more remarks\"\r\n");
        var alt = folder.Write("alt.csv", "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n");
        var add = folder.Write("add.csv", "36,25,-0- ,\"Havana\",\"Cuba\",-0- \r\n");
        var ofac = new RecordingReader(ListFormat.OfacCsv);

        var report = new ListLoader([ofac]).Load([folder.Path]);

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        var call = Assert.Single(ofac.Calls);
        Assert.Equal(("sdn.csv", SdnRow, true), (call.FileName, call.Content, call.Seekable));
        Assert.Equal(["add", "alt", "comments"], call.Companions.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("SDN_COMMENTS.CSV", call.Companions["comments"].FileName);
        var loaded = Assert.Single(report.Lists);
        Assert.Equal([sdn, add, alt, comments], loaded.Files);
        Assert.Equal(Sha256Hex(sdn, add, alt, comments), loaded.Sha256);
    }

    [Fact]
    public void Load_NamedOfacPrimary_PicksUpCompanionsFromItsFolder()
    {
        using var folder = new TempFolder();
        var prim = folder.Write("cons_prim.csv", SdnRow);
        folder.Write("cons_alt.csv", "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n");
        folder.Write("alt.csv", "36,12,\"aka\",\"NOT THIS SET\",-0- \r\n");
        var ofac = new RecordingReader(ListFormat.OfacCsv);

        var report = new ListLoader([ofac]).Load([prim]);

        Assert.True(report.Succeeded);
        Assert.Equal(["cons_alt.csv"], Assert.Single(ofac.Calls).Companions.Values.Select(c => c.FileName));
    }

    [Fact]
    public void Load_CompanionWithoutPrimary_IsReported()
    {
        using var folder = new TempFolder();
        var add = folder.Write("add.csv", "36,25,-0- ,\"Havana\",\"Cuba\",-0- \r\n");

        var report = new ListLoader().Load([folder.Path]);

        Assert.Empty(report.Lists);
        Assert.StartsWith(add + ": an OFAC \"add\" companion file without its primary", Assert.Single(report.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FormatWithoutRegisteredReader_IsReported()
    {
        using var folder = new TempFolder();
        var sdn = folder.Write("sdn.csv", SdnRow);

        var report = new ListLoader([]).Load([sdn]);

        Assert.Equal([$"{sdn}: recognised as OfacCsv, but no reader for that format is registered."], report.Errors);
    }

    [Fact]
    public void Load_SameFileTwice_IsReadOnce()
    {
        using var folder = new TempFolder();
        var file = folder.Write("w.csv", "name\nAlpha\n");

        var report = new ListLoader().Load([file, folder.Path, Path.Combine(folder.Path, ".", "w.csv")]);

        Assert.Single(report.Lists);
    }

    [Fact]
    public void Load_ListWithBadRows_SucceedsAndKeepsDiagnostics()
    {
        using var folder = new TempFolder();
        var file = folder.Write("w.csv", "name,dob\nAlpha,1970\n,1971\n");

        var report = new ListLoader().Load([file]);

        Assert.True(report.Succeeded);
        var diagnostic = Assert.Single(Assert.Single(report.Lists).Result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Load_Cancelled_Throws()
    {
        using var folder = new TempFolder();
        var file = folder.Write("w.csv", "name\nAlpha\n");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => new ListLoader().Load([file], cancelled.Token));
    }

    [SharedDataFact]
    public void Load_SharedOpenSanctionsFolder_ReadsTheFourListsAndReportsTheSenzingFile()
    {
        var folder = SharedData.Path("data", "opensanctions");

        var report = new ListLoader().Load([folder]);

        Assert.Equal(
            [ListFormat.OpenSanctionsSimpleCsv, ListFormat.FtmJson, ListFormat.FtmDelta, ListFormat.FtmJson],
            report.Lists.Select(l => l.Result.Format));
        Assert.Equal([Path.Combine(folder, "us_congress_senzing.json") + ": not a list format Credence recognises."], report.Errors);
        Assert.Equal(Sha256Hex(Path.Combine(folder, "yente_fixture_zala_entities.ftm.json")), report.Lists[3].Sha256);
    }

    [SharedDataFact]
    public void Load_SharedOfacCsvSet_GroupsTheFourFiles()
    {
        var folder = SharedData.Path("data", "ofac", "sdn_csv_set_2021-07");
        var ofac = new RecordingReader(ListFormat.OfacCsv);

        var report = new ListLoader([ofac]).Load([folder]);

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal(["add.csv", "alt.csv", "sdn.csv", "sdn_comments.csv"],
            Assert.Single(report.Lists).Files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(3, Assert.Single(ofac.Calls).Companions.Count);
    }

    [SharedDataFact]
    public void Load_SharedCompanionsWithoutPrimary_ReportsEachOne()
    {
        var report = new ListLoader().Load([SharedData.Path("data", "ofac", "sdn_companions_2025-12_no_sdn")]);

        Assert.Empty(report.Lists);
        Assert.Equal(3, report.Errors.Count);
    }
}
