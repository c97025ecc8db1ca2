using Credence.Cli.Update;
using Credence.Lists.Common;

namespace Credence.Cli.Tests.Update;

public sealed class UpdateConfigTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "credence-cfg-" + Guid.NewGuid().ToString("N"));

    public UpdateConfigTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_NoFile_UsesEveryOfficialUrl()
    {
        var config = UpdateConfig.Load(null);

        var selected = config.Select(null);

        Assert.Equal(ListSources.All.Count(s => s.OfficialUrl is not null), selected.Count);
        Assert.Equal(new Uri(ListSources.UnSc.OfficialUrl!), selected.Single(s => s.SourceId == "un-sc").Urls.Single());
        Assert.Equal(3, config.Retries);
    }

    [Fact]
    public void Load_File_OverridesUrlsAndTimeouts()
    {
        var path = Path.Combine(_folder, "c.json");
        File.WriteAllText(path, """
            {
              // comments are allowed
              "sources": { "ofac-sdn": ["http://127.0.0.1:9/sdn.csv", "http://127.0.0.1:9/add.csv"], "custom": "http://127.0.0.1:9/wanted.csv" },
              "attemptTimeoutSeconds": 5, "retries": 0, "retryDelaySeconds": 0.5
            }
            """);

        var config = UpdateConfig.Load(path);

        Assert.Equal(2, config.Select(["ofac-sdn"]).Single().Urls.Count);
        Assert.Equal("http://127.0.0.1:9/wanted.csv", config.Select(["CUSTOM"]).Single().Urls.Single().ToString());
        Assert.Equal(TimeSpan.FromSeconds(5), config.AttemptTimeout);
        Assert.Equal(0, config.Retries);
        Assert.Equal(TimeSpan.FromMilliseconds(500), config.RetryDelay);
    }

    [Theory]
    [InlineData("""{ "sources": { "mars-list": "http://x/y" } }""", "unknown source 'mars-list'")]
    [InlineData("""{ "retries": -1 }""", "retries must be")]
    [InlineData("""{ "attemptTimeoutSeconds": "soon" }""", "attemptTimeoutSeconds must be")]
    [InlineData("""{ "colour": "blue" }""", "unknown setting 'colour'")]
    [InlineData("""{ "sources": """, "not valid JSON")]
    [InlineData("""[1, 2]""", "expected a JSON object")]
    public void Load_BadFile_ThrowsUsageError(string json, string expected)
    {
        var path = Path.Combine(_folder, "bad.json");
        File.WriteAllText(path, json);

        var ex = Assert.Throws<CliUsageException>(() => UpdateConfig.Load(path));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
