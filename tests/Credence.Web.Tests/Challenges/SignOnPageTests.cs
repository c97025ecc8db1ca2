using System.Net;
using Credence.Store.Data;
using Credence.Store.SignOn;
using Credence.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Web.Tests.Challenges;

public sealed class SignOnPageTests(CredenceWebFactory factory) : IClassFixture<CredenceWebFactory>
{
    [Fact]
    public async Task SignOn_SubmitConfirmApprove_ListedPublicly()
    {
        var letterId = await SignOnClient.OpenLetterAsync(factory, "flow-letter");
        using var visitor = factory.AnonymousClient();

        var submitted = await SignOnClient.SubmitAsync(visitor, "flow-letter", "Example Rights <Network>", email: "flow@example.org");

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Contains("confirmation link is on its way", await submitted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var token = SignOnClient.TokenSentTo(factory, "flow@example.org");
        var (scope, db) = factory.OpenStore();
        using (scope) Assert.DoesNotContain(await db.LetterEndorsements.Select(e => e.TokenHash).ToListAsync(), h => h == token);

        Assert.Contains("endorsement is confirmed", await SignOnClient.ConfirmAsync(visitor, token), StringComparison.Ordinal);

        using var committee = await factory.SignedInClientAsync(CredenceRoles.Committee);
        var queue = await committee.GetStringAsync($"/challenges/letters?letter={letterId}");
        Assert.Contains("Example Rights &lt;Network&gt;", queue, StringComparison.Ordinal);
        var endorsementId = await EndorsementIdAsync("Example Rights <Network>");
        var antiforgery = await CredenceWebFactory.AntiforgeryTokenAsync(committee, $"/challenges/letters?letter={letterId}");
        var approved = await committee.PostAsync("/challenges/letters?handler=Moderate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Letter"] = letterId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["endorsementId"] = endorsementId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["approve"] = "true",
            ["__RequestVerificationToken"] = antiforgery,
        }));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var page = await visitor.GetStringAsync("/sign/flow-letter");
        Assert.Contains("<li value=\"1\">Example Rights &lt;Network&gt;</li>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<Network>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("flow@example.org", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOn_Anonymous_CountedNotNamed()
    {
        await SignOnClient.OpenLetterAsync(factory, "anonymous-letter");
        using var visitor = factory.AnonymousClient();
        await SignOnClient.SubmitAsync(visitor, "anonymous-letter", "Hidden Rights Group", anonymous: true, email: "hidden@example.org");
        await SignOnClient.ConfirmAsync(visitor, SignOnClient.TokenSentTo(factory, "hidden@example.org"));
        await ApproveAsync("Hidden Rights Group");

        var page = await visitor.GetStringAsync("/sign/anonymous-letter");

        Assert.Contains("and 1 organisation that cannot be named", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden Rights Group", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOn_SameOrganisationAgain_ToldPolitelyAndNoSecondEmail()
    {
        await SignOnClient.OpenLetterAsync(factory, "duplicate-letter");
        using var visitor = factory.AnonymousClient();
        await SignOnClient.SubmitAsync(visitor, "duplicate-letter", "Burma Campaign U.K.", email: "first@example.org");

        var again = await SignOnClient.SubmitAsync(visitor, "duplicate-letter", "burma campaign uk", email: "second@example.org");

        var html = await again.Content.ReadAsStringAsync();
        Assert.Contains("already endorsed the letter, or its confirmation is pending", html, StringComparison.Ordinal);
        Assert.DoesNotContain("first@example.org", html, StringComparison.Ordinal);
        Assert.Empty(SignOnClient.EmailsTo(factory, "second@example.org"));
    }

    [Fact]
    public async Task SignOn_AfterDeadline_RefusedAndFormGone()
    {
        var letterId = await SignOnClient.OpenLetterAsync(factory, "late-letter");
        using var visitor = factory.AnonymousClient();
        var token = await CredenceWebFactory.AntiforgeryTokenAsync(visitor, "/sign/late-letter");
        var (scope, db) = factory.OpenStore();
        using (scope)
        {
            var letter = await db.OpenLetters.SingleAsync(l => l.Id == letterId);
            letter.Deadline = DateTimeOffset.UnixEpoch;
            await db.SaveChangesAsync();
        }

        var response = await visitor.PostAsync("/sign/late-letter", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Organisation"] = "Late Group",
            ["ContactName"] = "A",
            ["Email"] = "late@example.org",
            ["__RequestVerificationToken"] = token,
        }));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("no longer taking endorsements", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Organisation\"", html, StringComparison.Ordinal);
        Assert.Empty(SignOnClient.EmailsTo(factory, "late@example.org"));
    }

    [Fact]
    public async Task Confirm_ExpiredToken_SaysSoAndStaysUnconfirmed()
    {
        await SignOnClient.OpenLetterAsync(factory, "expiry-letter");
        using var visitor = factory.AnonymousClient();
        await SignOnClient.SubmitAsync(visitor, "expiry-letter", "Slow Readers Union", email: "slow@example.org");
        var (scope, db) = factory.OpenStore();
        using (scope)
        {
            var endorsement = await db.LetterEndorsements.SingleAsync(e => e.Organisation == "Slow Readers Union");
            endorsement.TokenExpiresAt = DateTimeOffset.UnixEpoch;
            await db.SaveChangesAsync();
        }

        var html = await SignOnClient.ConfirmAsync(visitor, SignOnClient.TokenSentTo(factory, "slow@example.org"));

        Assert.Contains("This link has expired", html, StringComparison.Ordinal);
        Assert.Null(await ConfirmedAtAsync("Slow Readers Union"));
    }

    [Fact]
    public async Task SignOn_HoneypotFilled_LooksAcceptedButNothingStored()
    {
        await SignOnClient.OpenLetterAsync(factory, "honeypot-letter");
        using var robot = factory.AnonymousClient();

        var response = await SignOnClient.SubmitAsync(robot, "honeypot-letter", "Robot Org", email: "robot@example.org", honeypot: "http://spam.example");

        Assert.Contains("confirmation link is on its way", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(SignOnClient.EmailsTo(factory, "robot@example.org"));
        var (scope, db) = factory.OpenStore();
        using (scope) Assert.False(await db.LetterEndorsements.AnyAsync(e => e.Organisation == "Robot Org"));
    }

    [Fact]
    public async Task SignOn_WithoutAntiforgeryToken_Refused()
    {
        await SignOnClient.OpenLetterAsync(factory, "forgery-letter");
        using var visitor = factory.AnonymousClient();

        var response = await visitor.PostAsync("/sign/forgery-letter", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Organisation"] = "Forged Org",
            ["ContactName"] = "A",
            ["Email"] = "forged@example.org",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(SignOnClient.EmailsTo(factory, "forged@example.org"));
    }

    [Fact]
    public async Task SignOn_OversizedSubmission_RefusedAndNothingStored()
    {
        await SignOnClient.OpenLetterAsync(factory, "size-letter");
        using var visitor = factory.AnonymousClient();

        var response = await SignOnClient.SubmitAsync(visitor, "size-letter", new string('x', 40_000), email: "big@example.org");

        Assert.True((int)response.StatusCode is 400 or 413, $"status {response.StatusCode}");
        Assert.Empty(SignOnClient.EmailsTo(factory, "big@example.org"));
    }

    [Fact]
    public async Task PublicPages_NeedNoLogin_WhileChallengesDo()
    {
        await SignOnClient.OpenLetterAsync(factory, "public-letter");
        using var visitor = factory.AnonymousClient();

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/sign/public-letter")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/sign/confirm?token=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/sign/no-such-letter")).StatusCode);
        foreach (var page in new[] { "/challenges", "/challenges/import", "/challenges/letters", "/challenges/1" })
        {
            var response = await visitor.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/login", response.Headers.Location?.AbsolutePath);
        }
    }

    [Fact]
    public async Task DraftLetter_NotPublic()
    {
        using (var scope = factory.Services.CreateScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<SignOnWorkflow>();
            Assert.True((await workflow.CreateAsync(new OpenLetterInput("draft-letter", "Draft", "Text", DateTimeOffset.UtcNow.AddDays(3)), "test")).Succeeded);
        }
        using var visitor = factory.AnonymousClient();

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/sign/draft-letter")).StatusCode);
    }

    private async Task<long> EndorsementIdAsync(string organisation)
    {
        var (scope, db) = factory.OpenStore();
        using (scope) return (await db.LetterEndorsements.SingleAsync(e => e.Organisation == organisation)).Id;
    }

    private async Task<DateTimeOffset?> ConfirmedAtAsync(string organisation)
    {
        var (scope, db) = factory.OpenStore();
        using (scope) return (await db.LetterEndorsements.SingleAsync(e => e.Organisation == organisation)).ConfirmedAt;
    }

    private async Task ApproveAsync(string organisation)
    {
        var id = await EndorsementIdAsync(organisation);
        using var scope = factory.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<SignOnWorkflow>().ModerateAsync(id, approve: true, null, "committee");
        Assert.True(result.Succeeded);
    }
}
