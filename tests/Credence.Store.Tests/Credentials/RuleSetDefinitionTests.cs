using Credence.Store.Credentials;
using Credence.Store.Credentials.Rules;
using static Credence.Store.Tests.Credentials.CredentialsScenario;

namespace Credence.Store.Tests.Credentials;

public sealed class RuleSetDefinitionTests
{
    [Fact]
    public void Parse_ShippedInterpolConstitution_HasArticles2347()
    {
        var (rules, errors) = RuleSetDefinition.Parse(RuleSetDefinition.InterpolConstitutionJson());

        Assert.Empty(errors);
        Assert.Equal("interpol-constitution", rules!.Id);
        Assert.Equal(["constitution/art-2", "constitution/art-3", "constitution/art-4", "constitution/art-7"], rules.Articles.Select(a => a.Key));
        Assert.Contains("human rights", rules.Find("constitution/art-2")!.Title, StringComparison.OrdinalIgnoreCase);
        Assert.Null(rules.Find("Constitution/art-2"));
    }

    [Fact]
    public void Parse_AnotherOrganisation_LoadsItsOwnArticles()
    {
        const string json = """
            {"id":"ipu-statutes","name":"Statutes","organisation":"Example Union",
             "instruments":[{"id":"statutes","title":"Statutes","articles":[{"id":"art-10","number":"10","title":"Delegations","summary":"Who sits."}]},
                            {"id":"rules","title":"Rules","articles":[{"id":"r-1","number":"1","title":"Credentials","summary":"How checked."}]}]}
            """;

        var (rules, errors) = RuleSetDefinition.Parse(json);

        Assert.Empty(errors);
        Assert.Equal(["statutes/art-10", "rules/r-1"], rules!.Articles.Select(a => a.Key));
    }

    [Theory]
    [InlineData("{", "Not valid JSON")]
    [InlineData("[]", "$: the rule set must be a JSON object.")]
    [InlineData("""{"id":"x","name":"n","organisation":"o","instruments":[]}""", "$.instruments: at least one instrument is required.")]
    [InlineData("""{"id":"Bad Id","name":"n","organisation":"o","instruments":[{"id":"i","title":"t","articles":[{"id":"a","number":"1","title":"t","summary":"s"}]}]}""", "$.id: 'Bad Id' is not an id")]
    [InlineData("""{"id":"x","name":"n","organisation":"o","instruments":[{"id":"i","title":"t","articles":[{"id":"a","number":"1","title":"t","summary":"s"},{"id":"a","number":"2","title":"t","summary":"s"}]}]}""", "'i/a' is used more than once")]
    [InlineData("""{"id":"x","name":"n","organisation":"o","instruments":[{"id":"i","title":"t","articles":[{"id":"a","title":"t","summary":"s"}]}]}""", "$.instruments[0].articles[0].number: a non-empty string is required.")]
    public void Parse_BadConfiguration_ErrorNamesThePlace(string json, string expected)
    {
        var (rules, errors) = RuleSetDefinition.Parse(json);

        Assert.Null(rules);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadRuleSetAsync_SameTextTwice_SameRowDifferentTextConflict()
    {
        using var s = await CreateAsync();
        var json = RuleSetDefinition.InterpolConstitutionJson();

        var again = await s.Admin.LoadRuleSetAsync(json, "secretariat");
        var changed = await s.Admin.LoadRuleSetAsync(json.Replace("Aims", "Goals", StringComparison.Ordinal), "secretariat");

        Assert.True(again.Succeeded);
        Assert.Equal(CredentialsStatus.Conflict, changed.Status);
    }
}
