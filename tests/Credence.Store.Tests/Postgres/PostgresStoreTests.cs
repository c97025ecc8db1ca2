using Credence.Core.Entities;
using Credence.Store.Access;
using Credence.Store.Data;
using Credence.Store.Lists;
using Credence.Store.Review;
using Credence.Store.Screening;
using Credence.Store.Tests.Review;
using Credence.Store.Tests.Support;
using Credence.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Store.Tests.Postgres;

/// <summary>The store's main workflows on PostgreSQL, through its own migration set.</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgresStoreTests : IClassFixture<PostgresDatabase>
{
    private readonly PostgresDatabase _database;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    public PostgresStoreTests(PostgresDatabase database)
    {
        _database = database;
    }

    [PostgresFact]
    public async Task Import_TwoVersions_ActivatesTheSecondWithItsDelta()
    {
        var first = TestLists.Of(TestLists.Person("1", "Ivan Petrovich Sidorov"), TestLists.Person("2", "Olga Smirnova"));
        var second = TestLists.Of(
            TestLists.Person("1", "Ivan Petrovich Sidorov", born: new PartialDate(1970)),
            TestLists.Person("3", "Pavel Orlov"));
        var import = new ListImportWorkflow(_database.Open(), _time);

        var a = await import.ImportAsync(first);
        var b = await import.ImportAsync(second);

        Assert.True(a.Succeeded && b.Succeeded, b.FailureReason);
        var db = _database.Open();
        var active = await db.Snapshots.SingleAsync(s => s.Source == "test" && s.Status == SnapshotStatus.Active);
        Assert.Equal((b.Snapshot.Id, 1, 1, 1), (active.Id, active.AddedCount, active.RemovedCount, active.ChangedCount));
        var changed = await db.SnapshotDeltas.SingleAsync(d => d.SnapshotId == active.Id && d.Kind == DeltaKind.Changed);
        Assert.Equal("birthDates", changed.ChangedFields);
        var loaded = await new ActiveEntitiesQuery(_database.Open()).LoadAsync();
        Assert.Contains(loaded.Entities, e => e.Id == "test:3");
    }

    [PostgresFact]
    public async Task FalsePositive_ThenScreenAgain_IsSuppressed()
    {
        var corpus = ReviewFixture.Corpus();
        var first = await ReviewFixture.ScreenAsync(_database.Open(), _time, corpus, name: "Ivan Sidorov PG");
        var alert = Assert.Single(first.Hits).Alert!;
        var decided = await new AlertReview(_database.Open(), _time).DecideAsync(alert.Id, AlertStatus.FalsePositive, "Other person.", "rev");
        _time.Advance(TimeSpan.FromHours(1));

        var again = await ReviewFixture.ScreenAsync(_database.Open(), _time, corpus, name: "Ivan Sidorov PG");

        Assert.Equal(ReviewOutcome.Decided, decided.Outcome);
        var hit = Assert.Single(again.Hits);
        Assert.Equal((HitDisposition.Suppressed, alert.Id), (hit.Disposition, hit.Row.SuppressedByAlertId));
        var listed = await new AlertQuery(_database.Open()).ListAsync(new AlertFilter
        {
            Created = new DateWindow(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20)),
        });
        Assert.Contains(listed.Items, a => a.Id == alert.Id);
    }

    [PostgresFact]
    public async Task Users_CreatedThroughIdentity_HaveHashedPasswordsAndRoles()
    {
        var db = _database.Open();
        await using var services = AccessServices.Create(db, _time);
        using var scope = services.CreateScope();

        var created = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync("pg-admin", CredenceRoles.Admin, "test");

        Assert.True(created.Succeeded, created.Error);
        var user = await _database.Open().Users.SingleAsync(u => u.UserName == "pg-admin");
        Assert.NotEqual(created.Secret, user.PasswordHash);
        Assert.True(await _database.Open().AuditEvents.AnyAsync(a => a.Action == "user.created" && a.Target == "user:pg-admin"));
    }
}
