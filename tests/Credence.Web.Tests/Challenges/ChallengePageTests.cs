using System.Globalization;
using System.Net;
using Credence.Store.Data;
using Credence.Store.SignOn;
using Credence.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Web.Tests.Challenges;

public sealed class ChallengePageTests(CredenceWebFactory factory) : IClassFixture<CredenceWebFactory>
{
    private const string Letter = """
        3 March 2025

        Subject: Refuse the credentials

        We, the undersigned 5 organisations, call on the Board to:
        - Refuse the credentials.
        - Publish the vote.

        For more information, please contact:
        Ana Ruiz, Open Assembly Network, ana@example.org

        Signed by:
        1. Zeta Voices
        2. Burma Campaign Network
        3. Burma Campaing Network
        4. Alpha <Rights> Watch
        """;

    [Fact]
    public async Task ImportPage_PreviewThenCreate_DetailShowsNumberedListProblemsAndNearDuplicates()
    {
        var seed = await ChallengeSeed.EnsureAsync(factory);
        using var committee = await factory.SignedInClientAsync(CredenceRoles.Committee);
        var token = await CredenceWebFactory.AntiforgeryTokenAsync(committee, "/challenges/import");

        var preview = await committee.PostAsync("/challenges/import?handler=Preview", Form(token, ("Text", Letter)));

        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Burma Campaign Network / Burma Campaing Network", html, StringComparison.Ordinal);
        Assert.Contains("the text states 5", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Alpha &lt;Rights&gt; Watch", html, StringComparison.Ordinal);
        Assert.Contains("Create the challenge", html, StringComparison.Ordinal);
        var (scope, db) = factory.OpenStore();
        int before;
        using (scope) before = await db.Challenges.CountAsync();

        var created = await committee.PostAsync("/challenges/import?handler=Create", Form(token,
            ("Text", Letter), ("SessionId", Id(seed.SessionId)), ("TargetValue", "authority:" + Id(seed.AuthorityId)), ("Anonymous", "1")));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var detailUrl = created.Headers.Location!.OriginalString;
        Assert.Matches("^/challenges/[0-9]+$", detailUrl);
        var detail = await committee.GetStringAsync(detailUrl);
        Assert.Contains("<td class=\"num\">1</td><td>Alpha &lt;Rights&gt; Watch</td>", detail, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">4</td><td>Zeta Voices</td>", detail, StringComparison.Ordinal);
        Assert.Contains("Near-duplicates for a person to decide", detail, StringComparison.Ordinal);
        Assert.Contains("Burma Campaign Network / Burma Campaing Network", detail, StringComparison.Ordinal);
        Assert.Contains("Problems found on import", detail, StringComparison.Ordinal);
        Assert.Contains("5: 4 named, 1 anonymous", detail, StringComparison.Ordinal);
        Assert.Contains("ana@example.org", detail, StringComparison.Ordinal);
        Assert.Contains("<li>Publish the vote.</li>", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("<Rights>", detail, StringComparison.Ordinal);
        using (var s2 = factory.Services.CreateScope())
            Assert.Equal(before + 1, await s2.ServiceProvider.GetRequiredService<CredenceDbContext>().Challenges.CountAsync());

        var list = await committee.GetStringAsync("/challenges");
        Assert.Contains($"<a href=\"{detailUrl}\">Refuse the credentials</a>", list, StringComparison.Ordinal);
        Assert.Contains("(incl. 1 anonymous)", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_Screener_Forbidden()
    {
        using var screener = await factory.SignedInClientAsync(CredenceRoles.Screener);

        var response = await screener.GetAsync("/challenges/import");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/forbidden", response.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await screener.GetAsync("/challenges")).StatusCode);
    }

    [Fact]
    public async Task LettersPage_AdminCreatesAndOpens_CommitteePublishesApprovedIntoChallenge()
    {
        var seed = await ChallengeSeed.EnsureAsync(factory);
        using var admin = await factory.SignedInClientAsync(CredenceRoles.Admin);
        var token = await CredenceWebFactory.AntiforgeryTokenAsync(admin, "/challenges/letters");
        var deadline = DateTimeOffset.UtcNow.AddDays(5).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

        var created = await admin.PostAsync("/challenges/letters?handler=Create", Form(token,
            ("Slug", "page-letter"), ("Title", "Page letter"), ("LetterText", "We ask."), ("Deadline", deadline)));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var letterId = await LetterIdAsync("page-letter");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/challenges/letters?handler=Open", Form(token, ("id", Id(letterId))))).StatusCode);
        using var visitor = factory.AnonymousClient();
        await SignOnClient.SubmitAsync(visitor, "page-letter", "Published Group", email: "published@example.org");
        await SignOnClient.ConfirmAsync(visitor, SignOnClient.TokenSentTo(factory, "published@example.org"));
        await SignOnClient.SubmitAsync(visitor, "page-letter", "Quiet Group", anonymous: true, email: "quiet@example.org");
        await SignOnClient.ConfirmAsync(visitor, SignOnClient.TokenSentTo(factory, "quiet@example.org"));

        using var committee = await factory.SignedInClientAsync(CredenceRoles.Committee);
        var committeeToken = await CredenceWebFactory.AntiforgeryTokenAsync(committee, $"/challenges/letters?letter={letterId}");
        Assert.Equal(HttpStatusCode.Redirect, (await committee.PostAsync("/challenges/letters?handler=Create", Form(committeeToken,
            ("Slug", "not-allowed"), ("Title", "x"), ("LetterText", "x"), ("Deadline", deadline)))).StatusCode);
        Assert.Null(await FindLetterAsync("not-allowed"));
        foreach (var id in await EndorsementIdsAsync(letterId))
        {
            var moderated = await committee.PostAsync("/challenges/letters?handler=Moderate", Form(committeeToken,
                ("Letter", Id(letterId)), ("endorsementId", Id(id)), ("approve", "true")));
            Assert.Equal(HttpStatusCode.Redirect, moderated.StatusCode);
        }

        var published = await committee.PostAsync("/challenges/letters?handler=Publish", Form(committeeToken,
            ("Letter", Id(letterId)), ("id", Id(letterId)), ("sessionId", Id(seed.SessionId)), ("targetValue", "authority:" + Id(seed.AuthorityId))));

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var detail = await committee.GetStringAsync(published.Headers.Location!.OriginalString);
        Assert.Contains("<td class=\"num\">1</td><td>Published Group</td>", detail, StringComparison.Ordinal);
        Assert.Contains("2: 1 named, 1 anonymous", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Quiet Group", detail, StringComparison.Ordinal);
        Assert.NotNull((await FindLetterAsync("page-letter"))!.ChallengeId);
    }

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new([.. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)), new("__RequestVerificationToken", token)]);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<OpenLetter?> FindLetterAsync(string slug)
    {
        var (scope, db) = factory.OpenStore();
        using (scope) return await db.OpenLetters.AsNoTracking().SingleOrDefaultAsync(l => l.Slug == slug);
    }

    private async Task<long> LetterIdAsync(string slug) => (await FindLetterAsync(slug))!.Id;

    private async Task<List<long>> EndorsementIdsAsync(long letterId)
    {
        var (scope, db) = factory.OpenStore();
        using (scope) return await db.LetterEndorsements.Where(e => e.OpenLetterId == letterId).Select(e => e.Id).ToListAsync();
    }
}
