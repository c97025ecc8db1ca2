using System.Text;
using System.Text.Json;
using Credence.Store.Audit;
using Credence.Store.Review;
using Credence.Store.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Store.Tests.Audit;

public sealed class AuditQueryTests : IDisposable
{
    private readonly TestDatabase _store = TestDatabase.InMemory();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _store.Dispose();

    public static TheoryData<AuditFilter, string[]> Filters => new()
    {
        { new AuditFilter(), ["user.created", "alert.decided", "login.failed", "login.succeeded"] },
        { new AuditFilter { Actor = "alice" }, ["alert.decided", "login.succeeded"] },
        { new AuditFilter { Action = "login." }, ["login.failed", "login.succeeded"] },
        { new AuditFilter { Action = "alert.decided" }, ["alert.decided"] },
        { new AuditFilter { Target = "alert:7" }, ["alert.decided"] },
        { new AuditFilter { Days = new DateWindow(new DateOnly(2026, 11, 2), null) }, ["user.created", "alert.decided"] },
        { new AuditFilter { Days = new DateWindow(null, new DateOnly(2026, 11, 1)) }, ["login.failed", "login.succeeded"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task ListAsync_Filter_SelectsNewestFirst(AuditFilter filter, string[] expected)
    {
        await SeedAsync();

        var page = await new AuditQuery(_store.Open()).ListAsync(filter, 1, 50);

        Assert.Equal(expected, page.Items.Select(a => a.Action));
        Assert.Equal(expected.Length, page.Total);
    }

    [Fact]
    public async Task StreamAsync_Filter_YieldsOldestFirst()
    {
        await SeedAsync();

        var actions = new List<string>();
        await foreach (var entry in new AuditQuery(_store.Open()).StreamAsync(new AuditFilter { Action = "login" })) actions.Add(entry.Action);

        Assert.Equal(["login.succeeded", "login.failed"], actions);
    }

    [Fact]
    public async Task WriteCsvAsync_DetailsLikeAFormula_AreWrittenAsText()
    {
        await SeedAsync();
        var writer = new StringWriter();

        await AuditExport.WriteCsvAsync(new AuditQuery(_store.Open()).StreamAsync(new AuditFilter { Target = "alert:7" }), writer);

        var lines = writer.ToString().Split("\r\n");
        Assert.Equal("id,at,actor,action,target,details", lines[0]);
        Assert.Equal("3,2026-11-02T09:00:00.0000000Z,alice,alert.decided,alert:7,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", lines[1]);
        Assert.Equal("", lines[2]);
    }

    [Fact]
    public async Task WriteJsonAsync_AllEntries_IsAnArrayOfObjects()
    {
        await SeedAsync();
        using var stream = new MemoryStream();

        await AuditExport.WriteJsonAsync(new AuditQuery(_store.Open()).StreamAsync(new AuditFilter()), stream);

        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal("login.succeeded", rows[0].GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("details").ValueKind);
        Assert.Equal("=HYPERLINK(\"http://x\",\"y\")", rows[2].GetProperty("details").GetString());
        Assert.Equal(new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc), rows[2].GetProperty("at").GetDateTime());
    }

    private async Task SeedAsync()
    {
        var log = new AuditLog(_store.Open(), _time);
        await log.AppendAsync("alice", "login.succeeded", "user:alice", "from 127.0.0.1");
        await log.AppendAsync("mallory", "login.failed", "user:mallory");
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        await log.AppendAsync("alice", "alert.decided", "alert:7", "=HYPERLINK(\"http://x\",\"y\")");
        await log.AppendAsync("cli", "user.created", "user:bob", "role reviewer");
    }
}
