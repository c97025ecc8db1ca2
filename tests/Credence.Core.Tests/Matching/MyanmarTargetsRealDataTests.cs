using Credence.Core.Matching;
using Credence.TestSupport;

namespace Credence.Core.Tests.Matching;

/// <summary>The people and companies named in the 2021 open letter, found under their list spellings in the real lists.</summary>
public sealed class MyanmarTargetsRealDataTests
{
    [SharedDataTheory]
    [InlineData("Min Aung Hlaing", "ofac-sdn:27225", "uk-ofsi:13897", "ca-sema:Myanmar (Burma)/Part 2/46")]
    [InlineData("Senior General Min Aung Hlaing", "ofac-sdn:27225", "uk-ofsi:13897", "ca-sema:Myanmar (Burma)/Part 2/46")]
    [InlineData("Than Hlaing", "ofac-sdn:31474", "uk-ofsi:14057", "ca-sema:Myanmar (Burma)/Part 2/57")]
    [InlineData("Lt. Gen. Than Hlaing", "ofac-sdn:31474", "uk-ofsi:14057", "ca-sema:Myanmar (Burma)/Part 2/57")]
    [InlineData("Myanmar Economic Holdings Ltd", "ofac-sdn:31517", "uk-ofsi:14080", "ca-sema:Myanmar (Burma)/Part 1/42")]
    [InlineData("MEHL", "ofac-sdn:31517", "uk-ofsi:14080")]
    [InlineData("Myanma Oil and Gas Enterprise", "ofac-cons:46072")]
    public void Screen_WhatUsersType_FindsEveryListing(string query, params string[] expected)
    {
        var hits = SharedCorpus.Index.Screen(new ScreeningQuery { Name = query }, new ScreenOptions { Limit = 50 });
        var ids = hits.Select(h => h.Entity.Id).ToHashSet();
        Assert.All(expected, id => Assert.True(ids.Contains(id), $"\"{query}\" did not find {id}; hits: {string.Join(", ", ids)}"));
    }

    [SharedDataFact]
    public void Screen_SoeHlaingWin_IsNotReportedAsSoeWinOrThanHlaing()
    {
        var hits = SharedCorpus.Index.Screen(new ScreeningQuery { Name = "SOE Hlaing Win" }, new ScreenOptions { Limit = 50 });
        var ids = hits.Select(h => h.Entity.Id).ToList();
        Assert.Contains(ids, id => id.StartsWith("opensanctions:", StringComparison.Ordinal));
        Assert.DoesNotContain("ofac-sdn:27226", ids);
        Assert.DoesNotContain("uk-ofsi:13898", ids);
        Assert.DoesNotContain("ofac-sdn:31474", ids);
        Assert.DoesNotContain("uk-ofsi:14057", ids);
    }

    [SharedDataFact]
    public void Screen_SoeWin_IsNotReportedAsSoeHlaingWin()
    {
        var hits = SharedCorpus.Index.Screen(new ScreeningQuery { Name = "Soe Win" }, new ScreenOptions { Limit = 50 });
        Assert.Contains(hits, h => h.Entity.Id == "ofac-sdn:27226");
        Assert.DoesNotContain(hits, h => h.Explanation.MatchedName.Contains("Hlaing", StringComparison.OrdinalIgnoreCase));
    }

    [SharedDataFact]
    public void Screen_MinAungAlone_IsNotAStrongHitOnMinAungHlaing()
    {
        var full = SharedCorpus.Index.Screen(new ScreeningQuery { Name = "Min Aung Hlaing" })
            .First(h => h.Entity.Id == "ofac-sdn:27225").Score;
        var partial = SharedCorpus.Index.Screen(new ScreeningQuery { Name = "Min Aung" }, new ScreenOptions { Threshold = 0, Limit = 500 })
            .FirstOrDefault(h => h.Entity.Id == "ofac-sdn:27225")?.Score ?? 0;
        Assert.True(partial < new MatchingOptions().Threshold, $"Min Aung scored {partial}");
        Assert.True(partial < full);
    }

    [SharedDataFact]
    public void Screen_MinAungHlaingWithBirthDate_ExplainsTheDateMatch()
    {
        var hit = SharedCorpus.Index.Screen(new ScreeningQuery { Name = "Min Aung Hlaing", BirthDate = new Credence.Core.Entities.PartialDate(1956, 7, 3) })
            .First(h => h.Entity.Id == "ofac-sdn:27225");
        Assert.Contains(hit.Explanation.Qualifiers, q => q is { Qualifier: "dob", Outcome: "match" });
    }
}
