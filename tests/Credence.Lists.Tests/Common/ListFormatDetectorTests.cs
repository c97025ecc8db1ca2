using System.Text;
using Credence.Lists.Common;
using Credence.TestSupport;

namespace Credence.Lists.Tests.Common;

public sealed class ListFormatDetectorTests
{
    /// <summary>Every file in ../shared/data with what it is: a list format, an OFAC companion role, or neither.</summary>
    public static TheoryData<string, ListFormat, string?> SharedDataFiles => new()
    {
        { "canada/sema-lmes_2020-04.xml", ListFormat.CanadaSemaXml, null },
        { "canada/sema-lmes_2025-03.xml", ListFormat.CanadaSemaXml, null },
        { "eu/eu_fsf_2025_names_derived.csv", ListFormat.EuNamesCsv, null },
        { "eu/eu_fsf_legacy_xml_2016-02-11_excerpt.xml", ListFormat.EuFsfLegacyXml, null },
        { "ofac/consolidated_non_sdn_csv_2025-12/cons_prim.csv", ListFormat.OfacCsv, null },
        { "ofac/consolidated_non_sdn_csv_2025-12/cons_add.csv", ListFormat.Unknown, "add" },
        { "ofac/consolidated_non_sdn_csv_2025-12/cons_alt.csv", ListFormat.Unknown, "alt" },
        { "ofac/consolidated_non_sdn_csv_2025-12/cons_comments.csv", ListFormat.Unknown, "comments" },
        { "ofac/consolidated_non_sdn_xml_2025-03-28/consolidated.xml", ListFormat.OfacXml, null },
        { "ofac/sdn_companions_2025-12_no_sdn/add.csv", ListFormat.Unknown, "add" },
        { "ofac/sdn_companions_2025-12_no_sdn/alt.csv", ListFormat.Unknown, "alt" },
        { "ofac/sdn_companions_2025-12_no_sdn/sdn_comments.csv", ListFormat.Unknown, "comments" },
        { "ofac/sdn_csv_set_2021-07/sdn.csv", ListFormat.OfacCsv, null },
        { "ofac/sdn_csv_set_2021-07/add.csv", ListFormat.Unknown, "add" },
        { "ofac/sdn_csv_set_2021-07/alt.csv", ListFormat.Unknown, "alt" },
        { "ofac/sdn_csv_set_2021-07/sdn_comments.csv", ListFormat.Unknown, "comments" },
        { "ofac/sdn_full_2024-05-03/sdn.csv", ListFormat.OfacCsv, null },
        { "opensanctions/ua_war_sanctions_targets.simple.csv", ListFormat.OpenSanctionsSimpleCsv, null },
        { "opensanctions/yente_fixture_t1_entities.ftm.json", ListFormat.FtmJson, null },
        { "opensanctions/yente_fixture_zala_entities.ftm.json", ListFormat.FtmJson, null },
        { "opensanctions/yente_fixture_t2_entities.delta.json", ListFormat.FtmDelta, null },
        { "uk/ofsi_conlist_2016-02-12_excerpt.csv", ListFormat.UkOfsiCsv, null },
        { "uk/ofsi_conlist_2025-04-10.converted.csv", ListFormat.UkOfsiCsv, null },
        { "uk/ofsi_conlist_2025-04-10.xlsx", ListFormat.UkOfsiXlsx, null },
        { "un/un_consolidated_2026-02-27.xml", ListFormat.UnXml, null },
        // Not lists Credence reads: a Senzing export, other US lists, and the matching test sets.
        { "opensanctions/us_congress_senzing.json", ListFormat.Unknown, null },
        { "us_other/bis_dpl_2019.txt", ListFormat.Unknown, null },
        { "us_other/trade_gov_csl_2019_sample.csv", ListFormat.Unknown, null },
        { "README.md", ListFormat.Unknown, null },
        { "matching/opensanctions_entity_bench_checks.yml", ListFormat.Unknown, null },
        { "matching/opensanctions_name_bench_cases.csv", ListFormat.Unknown, null },
        { "matching/opensanctions_name_bench_logicv2_scores.csv", ListFormat.Unknown, null },
        { "matching/perchrh_eu_test_queries.csv", ListFormat.Unknown, null },
        { "matching/perchrh_norwegian_company_negatives.csv", ListFormat.Unknown, null },
        { "matching/putin_names_multiscript.txt", ListFormat.Unknown, null },
        // One column headed "name" is, by its shape, a valid custom watchlist.
        { "matching/rigour_sample_names.csv", ListFormat.CustomCsv, null },
        { "matching/transliteration/google_ar2en_eval.tsv", ListFormat.Unknown, null },
        { "matching/transliteration/google_ar2en_train.tsv", ListFormat.Unknown, null },
        { "matching/transliteration/wikidata_en_arabic_dev16.tsv", ListFormat.Unknown, null },
        { "matching/transliteration/wikidata_en_hebrew_dev16.tsv", ListFormat.Unknown, null },
        { "matching/transliteration/wikidata_en_russian_dev16.tsv", ListFormat.Unknown, null },
    };

    private static byte[] Head(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[ListFormatDetector.SampleBytes];
        return buffer[..stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)];
    }

    [SharedDataTheory]
    [MemberData(nameof(SharedDataFiles))]
    public void Detect_SharedDataFile_RecognisesItsFormat(string relativePath, ListFormat format, string? role)
    {
        var path = SharedData.Path(["data", .. relativePath.Split('/')]);
        var head = Head(path);

        Assert.Equal(format, ListFormatDetector.Detect(head, Path.GetFileName(path)));
        Assert.Equal(role, ListFormatDetector.DetectCompanion(head, Path.GetFileName(path)));
        // Content decides: the file name only breaks ties, so a renamed file is still recognised.
        Assert.Equal(format, ListFormatDetector.Detect(head, "renamed.dat"));
    }

    [SharedDataFact]
    public void SharedDataFiles_CoverEveryFileInTheFolder()
    {
        var root = SharedData.Path("data");
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        var covered = SharedDataFiles.Select(row => (string)row[0]).Order(StringComparer.Ordinal);

        Assert.Equal(files, covered);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<sdnList xmlns=\"x\"><publshInformation/>", ListFormat.OfacXml)]
    [InlineData("\uFEFF<?xml version=\"1.0\"?><!-- generated --><CONSOLIDATED_LIST dateGenerated=\"x\">", ListFormat.UnXml)]
    [InlineData("<!DOCTYPE data-set [<!ENTITY x \"y\">]>\n<data-set>", ListFormat.CanadaSemaXml)]
    [InlineData("<fsd:export xmlns:fsd=\"http://eu.europa.ec/fpi/fsd/export\">", ListFormat.EuFsfXml)]
    [InlineData("<WHOLE Date=\"11/02/2016\">", ListFormat.EuFsfLegacyXml)]
    [InlineData("<html><body>", ListFormat.Unknown)]
    [InlineData("{\"op\":\"MOD\",\"entity\":{\"id\":\"a\"}}\n", ListFormat.FtmDelta)]
    [InlineData("{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{}}\n", ListFormat.FtmJson)]
    [InlineData("{\"id\":\"a\",\"properties\":{\"name\":[\"x\"", ListFormat.FtmJson)]
    [InlineData("{\"DATA_SOURCE\":\"X\",\"RECORD_ID\":\"1\"}\n", ListFormat.Unknown)]
    [InlineData("[{\"id\":\"a\",\"schema\":\"Person\"}]", ListFormat.Unknown)]
    [InlineData("{not json}\n", ListFormat.Unknown)]
    [InlineData("Last Updated,10/04/2025\nName 6,Name 1\n", ListFormat.UkOfsiCsv)]
    [InlineData("\"id\",\"schema\",\"name\",\"aliases\",\"birth_date\"\n", ListFormat.OpenSanctionsSimpleCsv)]
    [InlineData("Name,Alias,Nationality,Designation,Sanction Type,Source\n", ListFormat.EuNamesCsv)]
    [InlineData("Name,DOB,Country\n", ListFormat.CustomCsv)]
    [InlineData("source,entity_number,type,programs,name,title,addresses\n", ListFormat.Unknown)]
    [InlineData("36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a, b\"\r\n", ListFormat.OfacCsv)]
    [InlineData("Name\tAddress\n", ListFormat.Unknown)]
    [InlineData("", ListFormat.Unknown)]
    public void Detect_Content_GivesFormat(string text, ListFormat expected)
    {
        Assert.Equal(expected, ListFormatDetector.Detect(Encoding.UTF8.GetBytes(text), "file.dat"));
    }

    [Theory]
    [InlineData("36,25,-0- ,\"Havana\",\"Cuba\",-0- \r\n", "add")]
    [InlineData("36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n", "alt")]
    [InlineData("12300,\"remarks, continued\"\r\n", "comments")]
    public void DetectCompanion_OfacCompanionRow_GivesRoleAndNoFormat(string text, string role)
    {
        var head = Encoding.UTF8.GetBytes(text);

        Assert.Equal(role, ListFormatDetector.DetectCompanion(head, "any.csv"));
        Assert.Equal(ListFormat.Unknown, ListFormatDetector.Detect(head, "any.csv"));
    }

    [Theory]
    [InlineData("sdn_comments.csv", null, "comments")]
    [InlineData("cons_prim.csv", ListFormat.OfacCsv, null)]
    [InlineData("other.csv", null, null)]
    public void Detect_FirstRowLongerThanSample_FileNameBreaksTheTie(string fileName, ListFormat? format, string? role)
    {
        var head = Encoding.UTF8.GetBytes("17014,\"" + new string('r', ListFormatDetector.SampleBytes));

        Assert.Equal(format ?? ListFormat.Unknown, ListFormatDetector.Detect(head, fileName));
        Assert.Equal(role, ListFormatDetector.DetectCompanion(head, fileName));
    }

    [Fact]
    public void Detect_Utf16JsonLines_IsRecognised()
    {
        var text = "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{}}\n";

        Assert.Equal(ListFormat.FtmJson, ListFormatDetector.Detect([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]));
        Assert.Equal(ListFormat.FtmJson, ListFormatDetector.Detect(Encoding.Unicode.GetBytes(text)));
    }

    [Fact]
    public void Detect_ZipSignature_IsTheOfsiWorkbook()
    {
        Assert.Equal(ListFormat.UkOfsiXlsx, ListFormatDetector.Detect("PK\u0003\u0004rest"u8));
    }

    [Fact]
    public void Detect_RandomBytes_IsUnknown()
    {
        var bytes = new byte[ListFormatDetector.SampleBytes];
        new Random(11).NextBytes(bytes);
        bytes[0] = (byte)'x';

        Assert.Equal(ListFormat.Unknown, ListFormatDetector.Detect(bytes));
        Assert.Null(ListFormatDetector.DetectCompanion(bytes));
    }

    [Theory]
    [InlineData("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv")]
    [InlineData("CONS_PRIM.CSV", "cons_add.csv", "cons_alt.csv", "cons_comments.csv")]
    public void CompanionFileNames_OfacPrimary_NamesItsCompanions(string primary, string add, string alt, string comments)
    {
        var names = ListFormatDetector.CompanionFileNames(primary);

        Assert.Equal([add, alt, comments], ListFormatDetector.CompanionRoles.Select(r => names[r]));
        Assert.Empty(ListFormatDetector.CompanionFileNames("other.csv"));
    }
}
