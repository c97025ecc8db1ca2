using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Credence.Lists.Common;
using Credence.Lists.OpenSanctions;
using Credence.Store.Data;
using Credence.Store.Lists;
using Credence.Web.Credentials;
using Credence.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Web.Tests.Credentials;

/// <summary>
/// The whole credentials workflow through the API: submit, screen, alert, dispute, decide, locked, re-screen on a list
/// change (new alert and reopened review), unlock, amend and decide again.
/// </summary>
public sealed class CredentialsWorkflowTests : IClassFixture<CredenceWebFactory>
{
    private readonly CredenceWebFactory _factory;
    private readonly CredentialsApi _api;

    public CredentialsWorkflowTests(CredenceWebFactory factory)
    {
        _factory = factory;
        _api = new CredentialsApi(factory);
    }

    [Fact]
    public async Task Workflow_SubmitScreenDisputeDecideRescreenReopen_KeepsTheRecord()
    {
        using var admin = await _factory.ClientWithRoleAsync(CredenceRoles.Admin);
        using var committee = await _factory.ClientWithRoleAsync(CredenceRoles.Committee);
        var sessionId = await _api.CreateSessionAsync();
        var myanmar = await _api.MemberIdAsync(admin, "MM");
        var authorities = await _api.AuthorityIdsAsync(admin, "MM");
        var watched = "Zarkov Tembleton " + Guid.NewGuid().ToString("N")[..6];

        // Submit: screened at once; Than Hlaing hits his listing and the alert is in the dossier.
        var first = await CredentialsApi.JsonAsync(
            await CredentialsApi.SubmitAsync(admin, sessionId, myanmar, authorities[0], CredentialsApi.ThanHlaing, CredentialsApi.Person(watched)),
            HttpStatusCode.Created);
        var firstId = first.GetProperty("id").GetInt64();
        Assert.False(first.GetProperty("isLate").GetBoolean());
        var dossier = await DossierAsync(committee, sessionId, myanmar);
        var head = Persons(dossier).Single(p => p.GetProperty("person").GetProperty("name").GetString() == "Than Hlaing");
        Assert.NotEmpty(head.GetProperty("screenings").EnumerateArray());
        var alert = head.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("alert"))
            .First(a => a.GetProperty("entityName").GetString()!.Contains("Than Hlaing", StringComparison.Ordinal));
        var alertId = alert.GetProperty("id").GetInt64();

        // A second authority's submission opens a representation dispute.
        var rival = await CredentialsApi.JsonAsync(
            await CredentialsApi.SubmitAsync(admin, sessionId, myanmar, authorities[1], CredentialsApi.Person("Rival Head Person", "Head")), HttpStatusCode.Created);
        Assert.True(rival.TryGetProperty("disputeId", out var disputeId));
        dossier = await DossierAsync(committee, sessionId, myanmar);
        Assert.Equal(2, dossier.GetProperty("delegations").GetArrayLength());
        Assert.Equal(disputeId.GetInt64(), dossier.GetProperty("disputes")[0].GetProperty("dispute").GetProperty("id").GetInt64());

        // An article the rule set does not have is refused, naming the field.
        var unknown = await committee.PostAsJsonAsync($"/api/credentials/sessions/{sessionId}/members/{myanmar}/decisions", new
        {
            outcome = "Accepted",
            delegationId = firstId,
            grounds = "Appointed by the authority in control.",
            citedArticles = new[] { "constitution/art-99" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("citedArticles", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The committee decides, citing Art. 7, with a vote and the alert as evidence.
        var decision = await CredentialsApi.JsonAsync(await committee.PostAsJsonAsync($"/api/credentials/sessions/{sessionId}/members/{myanmar}/decisions", new
        {
            outcome = "Accepted",
            delegationId = firstId,
            grounds = "The head of delegation is appointed by the competent governmental authority.",
            citedArticles = new[] { "constitution/art-7" },
            vote = "Tally",
            votesFor = 9,
            votesAgainst = 3,
            abstentions = 1,
            evidence = new[] { new { kind = "Alert", id = alertId } },
        }), HttpStatusCode.Created);
        Assert.Equal("Accepted", decision.GetProperty("outcome").GetString());
        Assert.Equal("Tally", decision.GetProperty("vote").GetString());

        // Locked: a change needs a new decision.
        var amend = await admin.PostAsJsonAsync($"/api/credentials/delegations/{firstId}/amend", new
        {
            persons = new[] { CredentialsApi.ThanHlaing },
            reason = "Remove the delegate",
        });
        Assert.Equal(HttpStatusCode.Conflict, amend.StatusCode);
        Assert.Equal("application/problem+json", amend.Content.Headers.ContentType!.MediaType);

        // A list change names a delegate: the re-screening raises an alert and reopens review.
        await ImportWatchlistAsync(watched);
        await _factory.Services.GetRequiredService<CredentialsRescreener>().RescreenIfChangedAsync(CancellationToken.None);
        var notices = await admin.GetFromJsonAsync<JsonElement>($"/api/credentials/sessions/{sessionId}/notices?unsettled=true");
        var reopened = notices.EnumerateArray().Single(n => n.GetProperty("kind").GetString() == "ReviewReopened");
        Assert.Contains(watched, reopened.GetProperty("message").GetString(), StringComparison.Ordinal);
        var newAlert = reopened.GetProperty("alertId").GetInt64();
        Assert.NotEqual(alertId, newAlert);
        using (var alerts = await _factory.ClientWithRoleAsync(CredenceRoles.Reviewer))
        {
            var raised = await alerts.GetFromJsonAsync<JsonElement>($"/api/alerts/{newAlert}");
            Assert.Equal("Open", raised.GetProperty("alert").GetProperty("status").GetString());
        }
        Assert.True((await DossierAsync(committee, sessionId, myanmar)).GetProperty("underReview").GetBoolean());

        // Reopen: unlock with a reason, amend, decide again; the new decision supersedes the first.
        var unlocked = await CredentialsApi.JsonAsync(
            await committee.PostAsJsonAsync($"/api/credentials/delegations/{firstId}/unlock", new { reason = "New hit on a delegate" }), HttpStatusCode.OK);
        Assert.False(unlocked.GetProperty("isLocked").GetBoolean());
        var amended = await CredentialsApi.JsonAsync(await admin.PostAsJsonAsync($"/api/credentials/delegations/{firstId}/amend", new
        {
            persons = new[] { CredentialsApi.ThanHlaing },
            reason = "The listed delegate is withdrawn",
        }), HttpStatusCode.OK);
        Assert.Equal(2, amended.GetProperty("version").GetInt32());
        var second = await CredentialsApi.JsonAsync(await committee.PostAsJsonAsync($"/api/credentials/sessions/{sessionId}/members/{myanmar}/decisions", new
        {
            outcome = "Provisional",
            delegationId = firstId,
            grounds = "Seated provisionally after the listed delegate was withdrawn.",
            citedArticles = new[] { "constitution/art-7", "constitution/art-2" },
            evidence = new[] { new { kind = "Alert", id = newAlert } },
        }), HttpStatusCode.Created);
        Assert.Equal(decision.GetProperty("id").GetInt64(), second.GetProperty("supersedesId").GetInt64());
        dossier = await DossierAsync(committee, sessionId, myanmar);
        Assert.False(dossier.GetProperty("underReview").GetBoolean());
        Assert.Equal("Provisional", dossier.GetProperty("currentDecision").GetProperty("decision").GetProperty("outcome").GetString());
        Assert.True(dossier.GetProperty("delegations").EnumerateArray().All(d => d.GetProperty("delegation").GetProperty("isLocked").GetBoolean()));
    }

    [Fact]
    public async Task Report_AfterDecision_ContainsGroundsEncoded()
    {
        using var admin = await _factory.ClientWithRoleAsync(CredenceRoles.Admin);
        var sessionId = await _api.CreateSessionAsync();
        var france = await _api.MemberIdAsync(admin, "FR");
        var authority = (await _api.AuthorityIdsAsync(admin, "FR"))[0];
        await CredentialsApi.JsonAsync(await CredentialsApi.SubmitAsync(admin, sessionId, france, authority, CredentialsApi.Person("Claire Exemple", "Head")), HttpStatusCode.Created);
        await CredentialsApi.JsonAsync(await admin.PostAsJsonAsync($"/api/credentials/sessions/{sessionId}/members/{france}/decisions", new
        {
            outcome = "Accepted",
            grounds = "Letter in order <script>alert(1)</script> & complete.",
            citedArticles = new[] { "constitution/art-7" },
        }), HttpStatusCode.Created);
        using var readOnly = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var response = await readOnly.GetAsync($"/api/credentials/sessions/{sessionId}/report");
        var page = await _factory.SignedInClientAsync(CredenceRoles.Committee);
        var html = await page.GetStringAsync($"/credentials/sessions/{sessionId}/report");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var api = await response.Content.ReadAsStringAsync();
        foreach (var text in new[] { api, html })
        {
            Assert.Contains("Letter in order &lt;script&gt;alert(1)&lt;/script&gt; &amp; complete.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert(1)", text, StringComparison.Ordinal);
            Assert.Contains("Accepted", text, StringComparison.Ordinal);
            Assert.Contains("Claire Exemple", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Badges_NameLikeAFormula_IsWrittenAsText()
    {
        using var admin = await _factory.ClientWithRoleAsync(CredenceRoles.Admin);
        var sessionId = await _api.CreateSessionAsync();
        var norway = await _api.MemberIdAsync(admin, "NO");
        var authority = (await _api.AuthorityIdsAsync(admin, "NO"))[0];
        await CredentialsApi.JsonAsync(
            await CredentialsApi.SubmitAsync(admin, sessionId, norway, authority, CredentialsApi.Person("=HYPERLINK(\"http://x\")", "Head")), HttpStatusCode.Created);
        await CredentialsApi.JsonAsync(await admin.PostAsJsonAsync($"/api/credentials/sessions/{sessionId}/members/{norway}/decisions", new
        {
            outcome = "Accepted",
            grounds = "In order.",
            citedArticles = new[] { "constitution/art-7" },
        }), HttpStatusCode.Created);

        var response = await admin.GetAsync($"/api/credentials/sessions/{sessionId}/badges.csv");
        var participants = await admin.GetFromJsonAsync<JsonElement>($"/api/credentials/sessions/{sessionId}/participants");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.Equal("=HYPERLINK(\"http://x\")", participants[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task LetterUpload_StoresTheSha256_AndRefusesTooLargeFiles()
    {
        using var admin = await _factory.ClientWithRoleAsync(CredenceRoles.Admin);
        var sessionId = await _api.CreateSessionAsync();
        var turkey = await _api.MemberIdAsync(admin, "TR");
        var authority = (await _api.AuthorityIdsAsync(admin, "TR"))[0];
        var submitted = await CredentialsApi.JsonAsync(
            await CredentialsApi.SubmitAsync(admin, sessionId, turkey, authority, CredentialsApi.Person("Deniz Örnek", "Head")), HttpStatusCode.Created);
        var id = submitted.GetProperty("id").GetInt64();
        var bytes = Encoding.UTF8.GetBytes("%PDF-1.4 credential letter");

        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(bytes), "file", "letter.pdf" },
            { new StringContent("Ministry of Interior"), "issuingAuthority" },
            { new StringContent("Minister Example"), "signatory" },
            { new StringContent("ForeignMinister"), "office" },
            { new StringContent("2030-09-01"), "issuedOn" },
        };
        var stored = await CredentialsApi.JsonAsync(await admin.PostAsync($"/api/credentials/delegations/{id}/letter", form), HttpStatusCode.OK);
        using var big = new MultipartFormDataContent { { new ByteArrayContent(new byte[51 * 1024 * 1024]), "file", "big.pdf" } };
        var tooLarge = await admin.PostAsync($"/api/credentials/delegations/{id}/letter", big);

        var letter = stored.GetProperty("letter");
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), letter.GetProperty("sha256").GetString());
        Assert.Equal("ForeignMinister", letter.GetProperty("office").GetString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
    }

    private static async Task<JsonElement> DossierAsync(HttpClient client, long sessionId, long memberId) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/credentials/sessions/{sessionId}/members/{memberId}/dossier");

    private static IEnumerable<JsonElement> Persons(JsonElement dossier) =>
        dossier.GetProperty("delegations").EnumerateArray().SelectMany(d => d.GetProperty("persons").EnumerateArray());

    private async Task ImportWatchlistAsync(string name)
    {
        var line = JsonSerializer.Serialize(new
        {
            id = "wanted-" + Guid.NewGuid().ToString("N")[..8],
            schema = "Person",
            caption = name,
            properties = new { name = new[] { name }, birthDate = new[] { "1980-02-03" }, nationality = new[] { "mm" } },
            datasets = new[] { "custom" },
            target = true,
        });
        var bytes = Encoding.UTF8.GetBytes(line + "\n");
        var result = new FtmJsonList(ListSources.Custom).Read(new ListInput { FileName = "wanted.ftm.json", Content = new MemoryStream(bytes) });
        var list = new LoadedList { Result = result, Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), Files = ["wanted.ftm.json"] };
        var (scope, db) = _factory.OpenStore();
        using (scope)
        {
            await new ListImportWorkflow(db, TimeProvider.System).ImportAsync(list);
        }
    }
}
