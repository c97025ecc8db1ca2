using System.Text;
using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Eu;
using Credence.TestSupport;

namespace Credence.Lists.Tests.Eu;

public sealed class EuNamesCsvListTests
{
    private const string Header = "Name,Alias,Nationality,Designation,Sanction Type,Source\n";

    private static readonly Lazy<ListReadResult> Extract = new(() =>
        new EuNamesCsvList().Read(EuTestFiles.Shared("eu", "eu_fsf_2025_names_derived.csv")));

    private static ListReadResult ReadCsv(string text) => new EuNamesCsvList().Read(EuTestFiles.Text(text, "names.csv"));

    [SharedDataFact]
    public void Read_RealExtract_Has5316EntriesWith4110Persons()
    {
        var result = Extract.Value;

        Assert.Equal(5_316, result.Entities.Count);
        Assert.Equal(4_110, result.Entities.Count(e => e.Schema == EntitySchema.Person));
        Assert.Equal(1_206, result.Entities.Count(e => e.Schema == EntitySchema.Organization));
        Assert.Equal("eu-fsf", result.Source);
        Assert.Null(result.Published);
    }

    [SharedDataFact]
    public void Read_RealExtract_SourceIdsUniqueAndDuplicatesDiagnosed()
    {
        var result = Extract.Value;

        Assert.Equal(5_316, result.Entities.Select(e => e.SourceId).Distinct(StringComparer.Ordinal).Count());
        var duplicates = result.Diagnostics.Where(d => d.Message.Contains("was already listed", StringComparison.Ordinal)).ToList();
        Assert.Equal(9, duplicates.Count);
        Assert.Contains(duplicates, d => d.Message.StartsWith("'Hossein TAEB' (person)", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [SharedDataFact]
    public void Read_RealExtract_MyanmarTargetsPresent()
    {
        var entities = Extract.Value.Entities;

        var minAungHlaing = Assert.Single(entities, e => e.PrimaryName == "Min Aung Hlaing");
        Assert.Equal(EntitySchema.Person, minAungHlaing.Schema);
        Assert.Equal(["mm"], minAungHlaing.Countries);
        Assert.Equal(EuNamesCsvMapper.DeriveSourceId("Min Aung Hlaing", "person"), minAungHlaing.SourceId);

        // The extract's alias cells for MEHL and MEC hold only the name itself, double spaces as published.
        var mehl = Assert.Single(entities, e => e.PrimaryName == "Myanmar  Economic  Holdings  Public  Company  Ltd");
        Assert.Equal(["Myanmar  Economic  Holdings  Public  Company  Ltd"], mehl.Names.Select(n => n.Value));
        Assert.Equal(EntitySchema.Organization, mehl.Schema);
        var mec = Assert.Single(entities, e => e.PrimaryName == "Myanmar  Economic Corporation  Limited");
        Assert.Equal(["Myanmar  Economic Corporation  Limited"], mec.Names.Select(n => n.Value));

        var moge = Assert.Single(entities, e => e.Names.Any(n => n.Value == "Myanma Oil and Gas Enterprise"));
        Assert.Equal("Companhia de Mianmar de Petróleo e Gás", moge.PrimaryName);
        Assert.Equal(3, moge.Names.Count);
    }

    [SharedDataFact]
    public void Read_RealExtract_LegalFormsStayOnTheirCompany()
    {
        var company = Assert.Single(Extract.Value.Entities, e => e.PrimaryName == "Al-Bashaair Trading Company, Ltd");

        Assert.Equal(6, company.Names.Count);
        Assert.All(company.Names, n => Assert.EndsWith("Trading Company, Ltd", n.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void DeriveSourceId_SameNameAndDesignation_IsStableAcrossRunsAndSpacing()
    {
        // Pinned: a change here re-keys every stored entity of this list.
        Assert.Equal("names-6534decc7679", EuNamesCsvMapper.DeriveSourceId("Min Aung Hlaing", "person"));
        Assert.Equal("names-6534decc7679", EuNamesCsvMapper.DeriveSourceId("  MIN  Aung\u00a0hlaing ", " Person"));
        Assert.NotEqual(EuNamesCsvMapper.DeriveSourceId("Min Aung Hlaing", "person"), EuNamesCsvMapper.DeriveSourceId("Min Aung Hlaing", "enterprise"));
    }

    [Fact]
    public void Read_DuplicateNames_GetSuffixedIdsAndADiagnostic()
    {
        var result = ReadCsv(Header + "Abu Jihad,Abu Jihad,,person,amendment,Europe\nAbu  Jihad,\"Abu  Jihad, Abou Jihad\",,person,amendment,Europe\n");

        var id = EuNamesCsvMapper.DeriveSourceId("Abu Jihad", "person");
        Assert.Equal([id, id + "-2"], result.Entities.Select(e => e.SourceId));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("line 3", "Name"), (diagnostic.Location, diagnostic.Field));
        Assert.Contains("line 2", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("Abu  Jihad", result.Entities[1].PrimaryName);
    }

    [Fact]
    public void Read_Row_MapsNamesCountriesAndRawLine()
    {
        var result = ReadCsv(Header
            + "Hossein TAEB,\"Hossein TAEB, Taeb, Hassan, Hojjatoleslam Hossein Ta'eb\",\"RUSSIAN FEDERATION, UKRAINE\",person,amendment,Europe\n"
            + "\"Agha, Abdul Rahman\",\"Agha, Abdul Rahman, Abdul Rahman Agha\",\"KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF\",person,amendment,Europe\n"
            + "Example Holding,Example Holding,\"CONGO, Democratic Republic of (was Zaire)\",enterprise,amendment,Europe\n");

        var taeb = result.Entities[0];
        Assert.Equal(
            [
                new EntityName("Hossein TAEB"), new EntityName("Taeb", NameQuality.Weak, "aka"), new EntityName("Hassan", NameQuality.Weak, "aka"),
                new EntityName("Hojjatoleslam Hossein Ta'eb", NameQuality.Strong, "aka"),
            ],
            taeb.Names);
        Assert.Equal(["ru", "ua"], taeb.Countries);
        Assert.Equal(new RawRecordRef("names.csv", "line 2"), taeb.Raw);
        Assert.Equal(["Agha, Abdul Rahman", "Abdul Rahman Agha"], result.Entities[1].Names.Select(n => n.Value));
        Assert.Equal(["kp"], result.Entities[1].Countries);
        Assert.Equal(["cd"], result.Entities[2].Countries);
        Assert.Equal(EntitySchema.Organization, result.Entities[2].Schema);
    }

    [Theory]
    [InlineData("MYANMAR", "mm")]
    [InlineData("KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF", "kp")]
    [InlineData("RUSSIAN FEDERATION, MOLDOVA, REPUBLIC OF", "ru|md")]
    [InlineData("CENTRAL AFRICAN REPUBLIC, CHAD, CONGO, People's Republic of", "cf|td|cg")]
    [InlineData("PALESTINIAN TERRITORY, Occupied, ALGERIA", "ps|dz")]
    [InlineData("UKRAINE, UKRAINE", "ua")]
    [InlineData("SERBIA AND MONTENEGRO", "SERBIA AND MONTENEGRO")]
    [InlineData("RUSSIAN FEDERATION, Atlantis", "RUSSIAN FEDERATION, Atlantis")]
    [InlineData("", "")]
    public void Read_NationalityCell_SplitsIntoKnownCountriesOrKeepsItWhole(string cell, string expected)
    {
        var result = ReadCsv(Header + $"Ivan Example,Ivan Example,\"{cell}\",person,amendment,Europe\n");

        Assert.Equal(expected, string.Join('|', Assert.Single(result.Entities).Countries));
    }

    [Theory]
    [InlineData("STC, Ltd", "STC, Ltd, Speciaal Technologie Centrum  Ltd., Centrum Technologii Specjalnych, Sp. z o.o", "Speciaal Technologie Centrum  Ltd.|Centrum Technologii Specjalnych, Sp. z o.o")]
    [InlineData("X", "X, AKM, OOO, Y", "AKM, OOO|Y")]
    [InlineData("Z", "Z", "")]
    [InlineData("Z", "", "")]
    [InlineData("Dioničko društvo", "Dioničko društvo, Znanstveno udruženje ,Impuls’”", "Znanstveno udruženje ,Impuls’”")]
    public void SplitAliases_CommaJoinedCell_ReturnsAliasesAfterThePrimary(string primary, string cell, string expected)
    {
        Assert.Equal(expected, string.Join('|', EuNamesCsvMapper.SplitAliases(primary, cell)));
    }

    [Fact]
    public void Read_Latin1File_DecodedWithDiagnostic()
    {
        var bytes = Encoding.Latin1.GetBytes(Header + "Société Générale d'Exemple,\"Société Générale d'Exemple, SGE\",FRANCE,enterprise,amendment,Europe\n");

        var result = new EuNamesCsvList().Read(EuTestFiles.Bytes(bytes, "latin1.csv"));

        Assert.Equal("Société Générale d'Exemple", Assert.Single(result.Entities).PrimaryName);
        Assert.Equal(["fr"], result.Entities[0].Countries);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("Windows-1252", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf8WithByteOrderMark_ReadsTheHeader()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Header + "Ivan Example,Ivan Example,,person,amendment,Europe\n")).ToArray();

        var result = new EuNamesCsvList().Read(EuTestFiles.Bytes(bytes, "bom.csv"));

        Assert.Equal("Ivan Example", Assert.Single(result.Entities).PrimaryName);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Read_MissingNameColumn_ThrowsNamingTheHeader()
    {
        var error = Assert.Throws<ListFormatException>(() => ReadCsv("Alias,Nationality,Designation\nA,B,person\n"));

        Assert.Equal(("names.csv", "line 1"), (error.File, error.Location));
        Assert.Contains("no Name column", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingOptionalColumn_WarnsOnceAndReadsRows()
    {
        var result = ReadCsv("Name,Designation\nIvan Example,person\nOther Example,person\n");

        Assert.Equal(2, result.Entities.Count);
        Assert.Equal(["Alias", "Nationality"], result.Diagnostics.Select(d => d.Field));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void Read_EmptyFile_ThrowsListFormatException(string text)
    {
        Assert.Throws<ListFormatException>(() => ReadCsv(text));
    }

    [Fact]
    public void Read_GarbageBytes_ThrowsListFormatException()
    {
        var garbage = new byte[8192];
        new Random(7).NextBytes(garbage);

        var error = EuTestFiles.CatchWithin(() => new EuNamesCsvList().Read(EuTestFiles.Bytes(garbage, "noise.csv")));

        Assert.IsType<ListFormatException>(error);
    }

    [Fact]
    public void Read_RowWithoutName_IsSkippedWithError()
    {
        var result = ReadCsv(Header + ",Someone,,person,amendment,Europe\nKept Example,Kept Example,,person,amendment,Europe\n");

        Assert.Equal("Kept Example", Assert.Single(result.Entities).PrimaryName);
        Assert.Equal(("line 2", DiagnosticSeverity.Error), (result.Diagnostics[0].Location, result.Diagnostics[0].Severity));
    }

    [Fact]
    public void Read_TenMegabyteName_IsCappedWithDiagnostic()
    {
        var huge = new string('B', 10 * 1024 * 1024);

        var result = ReadCsv(Header + huge + ",,,person,amendment,Europe\n");

        Assert.Equal(4_096, Assert.Single(result.Entities).PrimaryName.Length);
        Assert.Equal("Name", Assert.Single(result.Diagnostics).Field);
    }

    [Theory]
    [InlineData("Name,Alias,Nationality,Designation,Sanction Type,Source", true)]
    [InlineData("\uFEFFName,Alias,Nationality", true)]
    [InlineData("name,schema,dob", false)]
    public void LooksLike_FirstLine_RecognisesTheHeader(string head, bool expected)
    {
        Assert.Equal(expected, EuNamesCsvList.LooksLike(Encoding.UTF8.GetBytes(head)));
    }
}
