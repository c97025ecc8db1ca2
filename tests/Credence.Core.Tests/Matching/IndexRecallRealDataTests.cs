using Credence.Core.Matching;
using Credence.TestSupport;

namespace Credence.Core.Tests.Matching;

/// <summary>The index must keep at least 99.5% of the hits that exhaustive scoring finds above the threshold.</summary>
public sealed class IndexRecallRealDataTests
{
    [SharedDataFact]
    public void Screen_IndexedAgainstExhaustive_KeepsAtLeast995Percent()
    {
        var random = new Random(1122);
        var names = SharedCorpus.Entities.SelectMany(e => e.Names).Select(n => n.Value).Where(n => n.Length is > 3 and < 80).ToArray();
        long exhaustive = 0, kept = 0;
        var missed = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            var name = names[random.Next(names.Length)];
            var query = (i % 3) switch
            {
                0 => name,
                1 => Typo(name, random),
                _ => string.Join(' ', name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).OrderBy(_ => random.Next())),
            };
            var all = SharedCorpus.Index.Screen(new ScreeningQuery { Name = query }, new ScreenOptions { Exhaustive = true, Limit = int.MaxValue });
            var found = SharedCorpus.Index.Screen(new ScreeningQuery { Name = query }, new ScreenOptions { Limit = int.MaxValue })
                .Select(h => h.Entity.Id).ToHashSet();
            exhaustive += all.Count;
            kept += all.Count(h => found.Contains(h.Entity.Id));
            missed.AddRange(all.Where(h => !found.Contains(h.Entity.Id)).Select(h => $"\"{query}\" -> \"{h.Explanation.MatchedName}\" {h.Score:0.00}"));
        }
        Assert.True(exhaustive > 60, $"only {exhaustive} exhaustive hits: the sample says little");
        Assert.True(kept >= 0.995 * exhaustive, $"index kept {kept} of {exhaustive} exhaustive hits; missed {string.Join(", ", missed)}");
    }

    private static string Typo(string name, Random random)
    {
        var chars = name.ToCharArray().ToList();
        var at = random.Next(chars.Count);
        chars[at] = (char)('a' + random.Next(26));
        return new string([.. chars]);
    }
}
