using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Credence.Store.Data;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Screening;

public sealed class BatchUploadLimitTests : IDisposable
{
    private readonly CredenceWebFactory _factory = new();

    public BatchUploadLimitTests()
    {
        _factory.Settings["Credence:MaxUploadBytes"] = "2048";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SubmitCsv_OverTheLimit_Returns413AndKeepsNothing()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        var csv = new StringBuilder("name\n");
        while (csv.Length < 10_000) csv.Append("Soe Win\n");

        var response = await BatchTestClient.UploadCsvAsync(client, csv.ToString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("2,048", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var uploads = Path.Combine(Path.GetDirectoryName(_factory.DatabasePath)!, "uploads");
        Assert.True(!Directory.Exists(uploads) || Directory.GetFiles(uploads).Length == 0);
    }

    [Fact]
    public async Task SubmitJson_OverTheLimit_Returns413()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        var rows = Enumerable.Range(0, 200).Select(i => new { name = "Soe Win", reference = $"r{i}" }).ToArray();

        var response = await client.PostAsJsonAsync("/api/screenings/batch", rows);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task BatchPage_UploadOverTheLimit_ShowsTheLimitAndQueuesNothing()
    {
        using var client = await _factory.SignedInClientAsync(CredenceRoles.Screener);
        var token = await CredenceWebFactory.AntiforgeryTokenAsync(client, "/batch");
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("name\n" + string.Concat(Enumerable.Repeat("Soe Win\n", 1000)))), "upload", "big.csv" },
            { new StringContent(token), "__RequestVerificationToken" },
        };

        var response = await client.PostAsync("/batch", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("2,048 bytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (scope, db) = _factory.OpenStore();
        using (scope)
        {
            Assert.False(db.BatchJobs.Any());
        }
    }

    [Fact]
    public async Task SubmitCsv_UnderTheLimit_IsAccepted()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);

        var response = await BatchTestClient.UploadCsvAsync(client, "name\nSoe Win\n");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}
