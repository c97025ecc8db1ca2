using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Un;
using Credence.TestSupport;
using Xunit.Abstractions;

namespace Credence.Lists.Tests.Un;

/// <summary>The UN Security Council consolidated list of 27 Feb 2026 in ../shared/data/un.</summary>
public sealed class UnXmlListRealDataTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Read_UnList_ReadsAllIndividualsAndEntities()
    {
        var result = Read();
        foreach (var diagnostic in result.Diagnostics.Take(20)) output.WriteLine(diagnostic.ToString());

        Assert.Equal(ListSources.UnSc.Id, result.Source);
        Assert.Equal(ListFormat.UnXml, result.Format);
        Assert.Equal(new DateOnly(2026, 2, 27), result.Published);
        Assert.Equal(1003, result.Entities.Count);
        Assert.Equal(730, result.Entities.Count(e => e.Schema == EntitySchema.Person));
        Assert.Equal(273, result.Entities.Count(e => e.Schema == EntitySchema.Organization));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.All(result.Entities, e => Assert.Equal(["un"], e.Authorities));
    }

    [SharedDataFact]
    public void Read_UnList_SaddamHusseinKeepsHisArabicScriptName()
    {
        var saddam = Assert.Single(Read().Entities, e => e.SourceId == "6908048");

        Assert.Equal("un-sc:6908048", saddam.Id);
        Assert.StartsWith("SADDAM", saddam.PrimaryName, StringComparison.Ordinal);
        Assert.Contains(new EntityName("صدام حسين التكريتي", NameQuality.Strong, "non-latin"), saddam.Names);
        Assert.Equal(new RawRecordRef("un_consolidated_2026-02-27.xml", "INDIVIDUAL DATAID=6908048"), saddam.Raw);
        Assert.NotNull(saddam.ListedOn);
    }

    [SharedDataFact]
    public void Read_UnList_FirstIndividualIsMappedFieldByField()
    {
        var badege = Assert.Single(Read().Entities, e => e.SourceId == "6907993");

        Assert.Equal("ERIC BADEGE", badege.PrimaryName);
        Assert.Equal(["DRC"], badege.Programs);
        Assert.Equal(new DateOnly(2012, 12, 31), badege.ListedOn);
        Assert.Equal([new PartialDate(1971)], badege.BirthDates);
        Assert.Equal(["cd", "rw"], badege.Countries);
        Assert.Contains(new EntityIdentifier("UN Reference Number", "CDi.001"), badege.Identifiers);
        Assert.Equal(["Rwanda"], badege.Addresses);
    }

    [SharedDataFact]
    public void Read_UnList_LowQualityAliasesAreWeak()
    {
        var result = Read();

        var iyamuremye = Assert.Single(result.Entities, e => e.SourceId == "6907995");
        Assert.Contains(new EntityName("Rumuli", NameQuality.Weak, "aka"), iyamuremye.Names);
        Assert.Contains(new EntityName("Victor Rumuri", NameQuality.Strong, "aka"), iyamuremye.Names);
        var adf = Assert.Single(result.Entities, e => e.SourceId == "6908402");
        Assert.Contains(new EntityName("NALU", NameQuality.Strong, "fka"), adf.Names);
    }

    private static ListReadResult Read()
    {
        using var stream = File.OpenRead(SharedData.Path("data", "un", "un_consolidated_2026-02-27.xml"));
        return new UnXmlList().Read(new ListInput { FileName = "un_consolidated_2026-02-27.xml", Content = stream });
    }
}
