using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Credence.Store.Data;
using Credence.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Tests.Screening;

public sealed class BatchEndpointsTests : IClassFixture<CredenceWebFactory>
{
    private readonly CredenceWebFactory _factory;

    public BatchEndpointsTests(CredenceWebFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task SubmitCsv_MalformedRows_ReportedByRowNumberAndOtherRowsScreened()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        const string csv = "Reference;NAME;DOB;Country;Identifiers\n"
            + "r1;Min Aung Hlaing;1956-07-03;mm;12/SAKHANA(N)020199\n"
            + "r2;;1960;mm;\n"
            + "r3;Soe Win;1956-13-45;;\n"
            + "r4;Jane Q Public;;gb;\n"
            + "r5;Myanmar Economic Corporation;;;\n";

        var response = await BatchTestClient.UploadCsvAsync(client, csv);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.Equal($"/api/screenings/batch/{id}", response.Headers.Location!.OriginalString);
        var job = await BatchTestClient.WaitForJobAsync(client, id);
        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Equal(5, job.GetProperty("totalRows").GetInt32());
        Assert.Equal(5, job.GetProperty("processedRows").GetInt32());
        Assert.Equal(2, job.GetProperty("errorRows").GetInt32());
        var errors = job.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([2, 3], errors.Select(e => e.GetProperty("row").GetInt32()));
        Assert.Contains("name", errors[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("1956-13-45", errors[1].GetProperty("message").GetString(), StringComparison.Ordinal);

        var results = await client.GetFromJsonAsync<JsonElement>($"/api/screenings/batch/{id}/results.json");
        var rows = results.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4, 5], rows.Select(r => r.GetProperty("row").GetInt32()));
        Assert.Equal(["hit", "error", "error", "clear", "hit"], rows.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal("r1", rows[0].GetProperty("reference").GetString());
        Assert.StartsWith("credence-demo:", rows[0].GetProperty("hits")[0].GetProperty("entityId").GetString(), StringComparison.Ordinal);

        var (scope, db) = _factory.OpenStore();
        using (scope)
        {
            var stored = await db.Screenings.Where(s => s.BatchJobId == id).OrderBy(s => s.BatchRow).ToListAsync();
            Assert.Equal([1, 4, 5], stored.Select(s => s.BatchRow!.Value));
            Assert.All(stored, s => Assert.Equal(ScreeningOrigin.Batch, s.Origin));
        }
    }

    [Fact]
    public async Task SubmitCsv_QuoteInUnquotedField_ThatRowIsAnErrorAndTheRestRuns()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        const string csv = "name,country\nSoe Win,mm\nMin \"Aung\" Hlaing,mm\nThan Hlaing,mm\n";

        var id = (await (await BatchTestClient.UploadCsvAsync(client, csv)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var job = await BatchTestClient.WaitForJobAsync(client, id);

        Assert.Equal(3, job.GetProperty("processedRows").GetInt32());
        var error = Assert.Single(job.GetProperty("errors").EnumerateArray());
        Assert.Equal(2, error.GetProperty("row").GetInt32());
    }

    [Fact]
    public async Task SubmitCsv_Latin1Bytes_NamesReadAsLatin1()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.Latin1.GetBytes("name;country\nJosé Pérez;es\n")), "file", "legacy.csv" },
        };

        var id = (await (await client.PostAsync("/api/screenings/batch", content)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await BatchTestClient.WaitForJobAsync(client, id);

        var rows = (await client.GetFromJsonAsync<JsonElement>($"/api/screenings/batch/{id}/results.json")).GetProperty("rows");
        Assert.Equal("José Pérez", rows[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task SubmitJsonArray_IsScreenedInOrder()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);

        var response = await client.PostAsJsonAsync("/api/screenings/batch", new object[]
        {
            new { name = "Myanma Economic Holdings Limited", schema = "Organization", reference = "a" },
            new { name = "", reference = "b" },
            new { name = "Soe Win", country = "Myanmar", reference = "c" },
        });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var job = await BatchTestClient.WaitForJobAsync(client, id);
        Assert.Equal("json", job.GetProperty("inputName").GetString());
        Assert.Equal(3, job.GetProperty("processedRows").GetInt32());
        Assert.Equal(1, job.GetProperty("errorRows").GetInt32());
        var rows = (await client.GetFromJsonAsync<JsonElement>($"/api/screenings/batch/{id}/results.json")).GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["hit", "error", "hit"], rows.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal("c", rows[2].GetProperty("reference").GetString());
    }

    [Theory]
    [InlineData("reference,country\nr1,mm\n", "name")]
    [InlineData("[{\"name\": \"Soe Win\"}]", "JSON")]
    public async Task SubmitCsv_NotABatchCsv_Returns400NamingTheProblem(string content, string expected)
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);

        var response = await BatchTestClient.UploadCsvAsync(client, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitCsv_BinaryFile_Returns400()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        using var content = new MultipartFormDataContent { { new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1]), "file", "book.xlsx" } };

        var response = await client.PostAsync("/api/screenings/batch", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Submit_ReadOnlyKey_Returns403()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var response = await BatchTestClient.UploadCsvAsync(client, "name\nSoe Win\n");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ResultsCsv_FormulaName_IsPrefixedWithApostrophe()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        const string csv = "name,reference\n\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",@ref\nSoe Win,ok\n";
        var id = (await (await BatchTestClient.UploadCsvAsync(client, csv)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await BatchTestClient.WaitForJobAsync(client, id);

        var response = await client.GetAsync($"/api/screenings/batch/{id}/results.csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
        Assert.StartsWith("row,reference,name,status", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1,'@ref,\"'=HYPERLINK(", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2,ok,Soe Win,hit,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownJob_Returns404ProblemDetails()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        foreach (var path in new[] { "/api/screenings/batch/424242", "/api/screenings/batch/424242/results.csv" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task BigBatch_Running_SingleScreeningStillAnswersAndIsStoredBetweenBatchRows()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        var names = new[] { "Min Aung Hlaing", "Soe Win", "Jane Public", "Myanmar Economic Corporation", "John Smith", "Than Hlaing" };
        var csv = new StringBuilder("name,reference\n");
        for (var i = 0; i < 3000; i++) csv.Append(names[i % names.Length]).Append(",row-").Append(i + 1).Append('\n');
        var id = (await (await BatchTestClient.UploadCsvAsync(client, csv.ToString())).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        // Wait until the batch has stored its first chunk and is still going.
        JsonElement job;
        do
        {
            await Task.Delay(20);
            job = await client.GetFromJsonAsync<JsonElement>($"/api/screenings/batch/{id}");
        }
        while (job.GetProperty("processedRows").GetInt32() == 0 && job.GetProperty("status").GetString() is "queued" or "running");

        var single = await client.PostAsJsonAsync("/api/screenings", new { name = "Soe Win" });

        Assert.Equal(HttpStatusCode.Created, single.StatusCode);
        var singleId = (await single.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var finished = await BatchTestClient.WaitForJobAsync(client, id);
        Assert.Equal(3000, finished.GetProperty("processedRows").GetInt32());
        // The download streams every row, far past the writer's buffer.
        var lines = (await client.GetStringAsync($"/api/screenings/batch/{id}/results.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3001, lines.Length);
        Assert.StartsWith("3000,row-3000,", lines[^1], StringComparison.Ordinal);
        var (scope, db) = _factory.OpenStore();
        using (scope)
        {
            // The single screening was stored while the batch was part-way: batch rows were stored before and after it.
            var batch = db.Screenings.Where(s => s.BatchJobId == id);
            Assert.True(await batch.AnyAsync(s => s.Id < singleId));
            Assert.True(await batch.AnyAsync(s => s.Id > singleId));
        }
    }
}
