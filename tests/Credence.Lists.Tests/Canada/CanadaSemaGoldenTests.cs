using Credence.Lists.Canada;
using Credence.Lists.Common;
using Credence.Lists.Tests.Uk;

namespace Credence.Lists.Tests.Canada;

/// <summary>The trimmed SEMA fixtures (Fixtures/Canada) against their reviewed expected entities.</summary>
public sealed class CanadaSemaGoldenTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Canada", name);

    [Theory]
    [InlineData("sema-lmes_2025-03_trimmed.xml")]
    [InlineData("sema-lmes_2020-04_trimmed.xml")]
    public void Read_TrimmedFile_MatchesExpectedEntities(string name)
    {
        using var stream = File.OpenRead(Fixture(name));

        var result = new CanadaSemaList().Read(new ListInput { FileName = name, Content = stream });

        GoldenJson.AssertMatches(result, Fixture(Path.ChangeExtension(name, ".expected.json")));
    }
}
