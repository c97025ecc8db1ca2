using Credence.Lists.Common;
using Credence.Lists.Uk;

namespace Credence.Lists.Tests.Uk;

/// <summary>The trimmed 2025 ConList fixture (Fixtures/Uk) against its reviewed expected entities.</summary>
public sealed class UkOfsiGoldenTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Uk", name);

    [Fact]
    public void Read_TrimmedConList2025_MatchesExpectedEntities()
    {
        const string name = "conlist_2025-04-10_trimmed.csv";
        using var stream = File.OpenRead(Fixture(name));

        var result = new UkOfsiCsvList().Read(new ListInput { FileName = name, Content = stream });

        GoldenJson.AssertMatches(result, Fixture("conlist_2025-04-10_trimmed.expected.json"));
    }
}
