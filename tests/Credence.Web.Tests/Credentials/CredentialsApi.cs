using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Credence.Store.Data;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Credentials;

/// <summary>Calls the credentials API the way a client would, for the tests: ids of the demo data, a new session, submissions.</summary>
internal sealed class CredentialsApi
{
    private static int _nextSession = 200;

    private readonly CredenceWebFactory _factory;

    public CredentialsApi(CredenceWebFactory factory)
    {
        _factory = factory;
    }

    /// <summary>The member id of <paramref name="countryCode"/> (seeded by the demo).</summary>
    public async Task<long> MemberIdAsync(HttpClient client, string countryCode)
    {
        var members = await client.GetFromJsonAsync<JsonElement>("/api/credentials/members");
        return members.EnumerateArray().Single(m => m.GetProperty("countryCode").GetString() == countryCode).GetProperty("id").GetInt64();
    }

    /// <summary>The authorities of a country, in id order (for Myanmar: the junta's, then the National Unity Government's).</summary>
    public async Task<IReadOnlyList<long>> AuthorityIdsAsync(HttpClient client, string countryCode)
    {
        var authorities = await client.GetFromJsonAsync<JsonElement>("/api/credentials/authorities");
        return [.. authorities.EnumerateArray().Where(a => a.GetProperty("countryCode").GetString() == countryCode)
            .Select(a => a.GetProperty("id").GetInt64()).Order()];
    }

    /// <summary>A new open session under the INTERPOL rule set, its deadline a year away; returns its id.</summary>
    public async Task<long> CreateSessionAsync()
    {
        using var admin = await _factory.ClientWithRoleAsync(CredenceRoles.Admin);
        var rules = await admin.GetFromJsonAsync<JsonElement>("/api/credentials/rulesets");
        var ruleSetId = rules.EnumerateArray().Single(r => r.GetProperty("code").GetString() == "interpol-constitution").GetProperty("id").GetInt64();
        var number = Interlocked.Increment(ref _nextSession);
        var response = await admin.PostAsJsonAsync("/api/credentials/sessions", new
        {
            number,
            name = $"Test session {number}",
            place = "Lyon",
            startsOn = "2030-11-01",
            endsOn = "2030-11-03",
            credentialsDeadline = "2030-10-25T12:00:00Z",
            ruleSetId,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    /// <summary>Posts a submission with the given persons (the first is the head) and returns the answer.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, long sessionId, long memberId, long authorityId, params object[] persons) =>
        client.PostAsJsonAsync("/api/credentials/delegations", new { sessionId, memberId, authorityId, persons });

    /// <summary>Than Hlaing as the demo list has him (born 1965, Myanmar), head of delegation.</summary>
    public static object ThanHlaing => new
    {
        role = "Head",
        name = "Than Hlaing",
        birthDate = "1965",
        nationality = "MM",
        function = "Chief of Police",
        rank = "Police Lieutenant General",
    };

    /// <summary>A person no list names.</summary>
    public static object Person(string name, string role = "Delegate") => new { role, name, birthDate = "1980-02-03", nationality = "MM" };

    /// <summary>The JSON of a successful answer, after checking its status.</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} instead of {(int)expected}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
