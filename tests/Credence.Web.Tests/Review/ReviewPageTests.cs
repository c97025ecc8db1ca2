using System.Net;
using Credence.Store.Data;
using Credence.Store.Screening;
using Credence.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Tests.Review;

public sealed class ReviewPageTests : IClassFixture<CredenceWebFactory>
{
    private readonly CredenceWebFactory _factory;

    public ReviewPageTests(CredenceWebFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task ReviewForm_ReviewerDecidesFalsePositive_StatusChangesAndTheNextScreeningIsSuppressed()
    {
        var first = await AlertSeed.ScreenAsync(_factory, "Than Hlaing", uniqueSubject: false);
        var alert = first.Hits.First(h => h.Disposition == HitDisposition.NewAlert).Alert!;
        using var client = await _factory.SignedInClientAsync(CredenceRoles.Reviewer);
        var page = await client.GetStringAsync($"/alerts/{alert.Id}");
        Assert.Contains("Record decision", page, StringComparison.Ordinal);
        Assert.Contains("Than Hlaing", page, StringComparison.Ordinal);
        var token = await CredenceWebFactory.AntiforgeryTokenAsync(client, $"/alerts/{alert.Id}");

        var posted = await client.PostAsync($"/alerts/{alert.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Outcome"] = "FalsePositive",
            ["Reason"] = "Born 1972 in Mandalay; the listed man was born 1965.",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/alerts/{alert.Id}", posted.Headers.Location!.OriginalString);
        var after = await client.GetStringAsync($"/alerts/{alert.Id}");
        Assert.Contains("Decision recorded: False positive.", after, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge falsepositive\">False positive</span>", after, StringComparison.Ordinal);
        Assert.Contains("Born 1972 in Mandalay; the listed man was born 1965.", after, StringComparison.Ordinal);

        var again = await AlertSeed.ScreenAsync(_factory, "Than Hlaing", uniqueSubject: false);
        var suppressed = again.Hits.Single(h => h.Row.EntityId == alert.EntityId);
        Assert.Equal(HitDisposition.Suppressed, suppressed.Disposition);
        Assert.Equal(alert.Id, suppressed.Row.SuppressedByAlertId);
    }

    [Fact]
    public async Task ReviewForm_MissingReason_ShowsTheErrorAndDecidesNothing()
    {
        var alert = await AlertSeed.RaiseAsync(_factory);
        using var client = await _factory.SignedInClientAsync(CredenceRoles.Reviewer);
        var token = await CredenceWebFactory.AntiforgeryTokenAsync(client, $"/alerts/{alert.Id}");

        var posted = await client.PostAsync($"/alerts/{alert.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Outcome"] = "TrueMatch",
            ["Reason"] = "   ",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("A reason is required.", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertUndecidedAsync(alert.Id);
    }

    [Fact]
    public async Task ReviewPage_Screener_SeesNoFormAndIsRefusedOnPost()
    {
        var alert = await AlertSeed.RaiseAsync(_factory);
        using var client = await _factory.SignedInClientAsync(CredenceRoles.Screener);

        var page = await client.GetStringAsync($"/alerts/{alert.Id}");
        var token = await CredenceWebFactory.AntiforgeryTokenAsync(client, $"/alerts/{alert.Id}");
        var posted = await client.PostAsync($"/alerts/{alert.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Outcome"] = "FalsePositive",
            ["Reason"] = "Not him.",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.DoesNotContain("Record decision", page, StringComparison.Ordinal);
        Assert.Contains("Why it matched", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        await AssertUndecidedAsync(alert.Id);
    }

    [Fact]
    public async Task ReviewPage_UnknownAlert_Returns404Page()
    {
        using var client = await _factory.SignedInClientAsync(CredenceRoles.ReadOnly);

        var response = await client.GetAsync("/alerts/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ReviewPage_Alert_ShowsRecordExplanationAndSnapshotHash()
    {
        var alert = await AlertSeed.RaiseAsync(_factory);
        using var client = await _factory.SignedInClientAsync(CredenceRoles.ReadOnly);

        var page = await client.GetStringAsync($"/alerts/{alert.Id}");

        Assert.Contains("Led the military coup of 1 February 2021.", page, StringComparison.Ordinal);
        Assert.Contains("1956-07-03", page, StringComparison.Ordinal);
        Assert.Contains("12/SAKHANA(N)020199", page, StringComparison.Ordinal);
        Assert.Contains("Name tokens, as aligned", page, StringComparison.Ordinal);
        var (scope, db) = _factory.OpenStore();
        using (scope)
        {
            var sha = await db.Snapshots.Where(s => s.Source == "credence-demo" && s.Status == SnapshotStatus.Active).Select(s => s.Sha256).SingleAsync();
            Assert.Contains(sha!, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Queue_DefaultAndAll_ShowPendingThenEveryAlert()
    {
        var open = await AlertSeed.RaiseAsync(_factory, "Soe Win");
        var decided = await AlertSeed.RaiseAsync(_factory, "Soe Win");
        using var reviewer = await _factory.SignedInClientAsync(CredenceRoles.Reviewer);
        var token = await CredenceWebFactory.AntiforgeryTokenAsync(reviewer, $"/alerts/{decided.Id}");
        await reviewer.PostAsync($"/alerts/{decided.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Outcome"] = "TrueMatch",
            ["Reason"] = "Same person.",
            ["__RequestVerificationToken"] = token,
        }));

        var pending = await reviewer.GetStringAsync("/alerts?subject=soe");
        var all = await reviewer.GetStringAsync("/alerts?status=all&subject=soe");
        var bad = await reviewer.GetStringAsync("/alerts?from=yesterday");

        Assert.Contains($"href=\"/alerts/{open.Id}\"", pending, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/alerts/{decided.Id}\"", pending, StringComparison.Ordinal);
        Assert.Contains($"href=\"/alerts/{decided.Id}\"", all, StringComparison.Ordinal);
        Assert.Contains("True match", all, StringComparison.Ordinal);
        Assert.Contains("is not a date", bad, StringComparison.Ordinal);
    }

    private async Task AssertUndecidedAsync(long alertId)
    {
        var (scope, db) = _factory.OpenStore();
        using (scope)
        {
            Assert.Equal(AlertStatus.Open, (await db.Alerts.SingleAsync(a => a.Id == alertId)).Status);
            Assert.False(await db.AlertDecisions.AnyAsync(d => d.AlertId == alertId));
        }
    }
}
