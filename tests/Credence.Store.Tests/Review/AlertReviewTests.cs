using Credence.Store.Data;
using Credence.Store.Review;
using Credence.Store.Screening;
using Credence.Store.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Store.Tests.Review;

public sealed class AlertReviewTests : IDisposable
{
    private readonly TestDatabase _store = TestDatabase.InMemory();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task DecideAsync_FalsePositive_StoresDecisionUpdatesAlertAndAudits()
    {
        var alert = await RaiseAlertAsync();
        _time.Advance(TimeSpan.FromHours(1));

        var result = await new AlertReview(_store.Open(), _time).DecideAsync(alert.Id, AlertStatus.FalsePositive, "  Different person: born 1990.  ", "rev1");

        Assert.Equal(ReviewOutcome.Decided, result.Outcome);
        var db = _store.Open();
        var stored = await db.Alerts.SingleAsync(a => a.Id == alert.Id);
        Assert.Equal(AlertStatus.FalsePositive, stored.Status);
        Assert.Equal("rev1", stored.DecidedBy);
        Assert.Equal(_time.GetUtcNow(), stored.DecidedAt);
        var decision = await db.AlertDecisions.SingleAsync();
        Assert.Equal((alert.Id, AlertStatus.FalsePositive, "Different person: born 1990.", "rev1"), (decision.AlertId, decision.Outcome, decision.Reason, decision.DecidedBy));
        var audit = await db.AuditEvents.SingleAsync(a => a.Action == "alert.decided");
        Assert.Equal(("rev1", $"alert:{alert.Id}", "FalsePositive: Different person: born 1990."), (audit.Actor, audit.Target, audit.Details));
    }

    [Fact]
    public async Task DecideAsync_SecondDecision_AppendsAndKeepsTheFirst()
    {
        var alert = await RaiseAlertAsync();
        var review = new AlertReview(_store.Open(), _time);

        await review.DecideAsync(alert.Id, AlertStatus.Escalated, "Needs a senior look.", "rev1");
        _time.Advance(TimeSpan.FromMinutes(5));
        await review.DecideAsync(alert.Id, AlertStatus.TrueMatch, "Confirmed by passport.", "senior");
        await review.DecideAsync(alert.Id, AlertStatus.TrueMatch, "Confirmed again.", "senior");

        var db = _store.Open();
        var decisions = await db.AlertDecisions.OrderBy(d => d.Id).Select(d => d.Outcome).ToListAsync();
        Assert.Equal([AlertStatus.Escalated, AlertStatus.TrueMatch, AlertStatus.TrueMatch], decisions);
        Assert.Equal(AlertStatus.TrueMatch, (await db.Alerts.SingleAsync()).Status);
        Assert.Equal(3, await db.AuditEvents.CountAsync(a => a.Action == "alert.decided"));
    }

    [Theory]
    [InlineData(AlertStatus.Open, "A reason.", "outcome")]
    [InlineData((AlertStatus)42, "A reason.", "outcome")]
    [InlineData(AlertStatus.TrueMatch, null, "reason")]
    [InlineData(AlertStatus.TrueMatch, "   ", "reason")]
    public async Task DecideAsync_BadRequest_IsInvalidAndWritesNothing(AlertStatus outcome, string? reason, string field)
    {
        var alert = await RaiseAlertAsync();

        var result = await new AlertReview(_store.Open(), _time).DecideAsync(alert.Id, outcome, reason, "rev1");

        Assert.Equal((ReviewOutcome.Invalid, field), (result.Outcome, result.Field));
        Assert.False(string.IsNullOrEmpty(result.Error));
        var db = _store.Open();
        Assert.Empty(await db.AlertDecisions.ToListAsync());
        Assert.Equal(AlertStatus.Open, (await db.Alerts.SingleAsync()).Status);
    }

    [Fact]
    public async Task DecideAsync_ReasonOverLimit_IsInvalid()
    {
        var alert = await RaiseAlertAsync();

        var result = await new AlertReview(_store.Open(), _time)
            .DecideAsync(alert.Id, AlertStatus.FalsePositive, new string('x', AlertReview.MaxReasonLength + 1), "rev1");
        var atLimit = await new AlertReview(_store.Open(), _time)
            .DecideAsync(alert.Id, AlertStatus.FalsePositive, new string('x', AlertReview.MaxReasonLength), "rev1");

        Assert.Equal(("reason", ReviewOutcome.Decided), (result.Field, atLimit.Outcome));
    }

    [Fact]
    public async Task DecideAsync_UnknownAlert_IsNotFound()
    {
        var result = await new AlertReview(_store.Open(), _time).DecideAsync(999, AlertStatus.TrueMatch, "A reason.", "rev1");

        Assert.Equal(ReviewOutcome.NotFound, result.Outcome);
        Assert.Empty(await _store.Open().AuditEvents.ToListAsync());
    }

    [Fact]
    public async Task FalsePositive_ThenScreenAgain_HitIsSuppressedUntilTheRecordChanges()
    {
        var corpus = ReviewFixture.Corpus();
        var first = await ReviewFixture.ScreenAsync(_store.Open(), _time, corpus);
        var alert = Assert.Single(first.Hits).Alert!;
        Assert.Equal(HitDisposition.NewAlert, first.Hits[0].Disposition);

        await new AlertReview(_store.Open(), _time).DecideAsync(alert.Id, AlertStatus.FalsePositive, "Not the listed man.", "rev1");
        _time.Advance(TimeSpan.FromDays(1));
        var again = await ReviewFixture.ScreenAsync(_store.Open(), _time, corpus, "SIDOROV, Ivan");

        var suppressed = Assert.Single(again.Hits);
        Assert.Equal(HitDisposition.Suppressed, suppressed.Disposition);
        Assert.Equal(alert.Id, suppressed.Row.SuppressedByAlertId);
        Assert.Null(suppressed.Row.AlertId);
        Assert.Equal(0, again.Record.AlertCount);

        var changed = await ReviewFixture.ScreenAsync(_store.Open(), _time, ReviewFixture.Corpus(remarks: "Now also listed for fraud."));

        var raised = Assert.Single(changed.Hits);
        Assert.Equal(HitDisposition.NewAlert, raised.Disposition);
        Assert.NotEqual(alert.Id, raised.Alert!.Id);
        Assert.NotEqual(alert.RecordHash, raised.Alert.RecordHash);
    }

    [Fact]
    public async Task TrueMatch_ThenScreenAgain_HitIsConfirmedNotRaisedAgain()
    {
        var corpus = ReviewFixture.Corpus();
        var alert = (await RaiseAlertAsync(corpus));

        await new AlertReview(_store.Open(), _time).DecideAsync(alert.Id, AlertStatus.TrueMatch, "Same passport number.", "rev1");
        var again = await ReviewFixture.ScreenAsync(_store.Open(), _time, corpus);

        Assert.Equal(HitDisposition.ConfirmedMatch, Assert.Single(again.Hits).Disposition);
        Assert.Equal(1, await _store.Open().Alerts.CountAsync());
    }

    private async Task<Alert> RaiseAlertAsync(ScreeningCorpus? corpus = null)
    {
        var recorded = await ReviewFixture.ScreenAsync(_store.Open(), _time, corpus ?? ReviewFixture.Corpus());
        return Assert.Single(recorded.Hits).Alert!;
    }
}
