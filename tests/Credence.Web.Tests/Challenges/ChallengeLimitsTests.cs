using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Credence.Store.Data;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Challenges;

/// <summary>The upload limit of the import and the sign-on rate limit, on a server with both set low.</summary>
public sealed class ChallengeLimitsTests : IDisposable
{
    private readonly CredenceWebFactory _factory = new();

    public ChallengeLimitsTests()
    {
        _factory.Settings["Credence:MaxUploadBytes"] = "2048";
        _factory.Settings["Credence:SignOn:RequestsPerAddressPerHour"] = "3";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Import_OverMaxUploadBytes_Returns413()
    {
        using var committee = await _factory.ClientWithRoleAsync(CredenceRoles.Committee);
        var text = "Signed by:\n" + string.Concat(Enumerable.Range(1, 400).Select(i => $"{i}. Organisation {i}\n"));

        var response = await committee.PostAsync("/api/challenges/import?dryRun=true", new StringContent(text, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("2,048", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOn_TooManySubmissionsFromOneAddress_Returns429()
    {
        await SignOnClient.OpenLetterAsync(_factory, "busy-letter");
        using var visitor = _factory.AnonymousClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 4; i++) statuses.Add((await SignOnClient.SubmitAsync(visitor, "busy-letter", $"Group {i}", email: $"g{i}@example.org")).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/sign/busy-letter")).StatusCode);
    }
}
