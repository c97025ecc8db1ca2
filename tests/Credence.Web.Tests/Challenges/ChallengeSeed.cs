using Credence.Store.Audit;
using Credence.Store.Credentials;
using Credence.Store.Credentials.Rules;
using Credence.Store.Data;
using Credence.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Web.Tests.Challenges;

/// <summary>A session, a member and an authority claiming it, in the server's store (once per factory).</summary>
internal sealed record ChallengeSeed(long SessionId, long MemberId, long AuthorityId)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<CredenceWebFactory, ChallengeSeed> Seeds = [];

    public static async Task<ChallengeSeed> EnsureAsync(CredenceWebFactory factory)
    {
        await Gate.WaitAsync();
        try
        {
            if (Seeds.TryGetValue(factory, out var seed)) return seed;
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
            var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            var admin = new AssemblyAdministration(db, time, new AuditLog(db, time));
            var rules = Ok(await admin.LoadRuleSetAsync(RuleSetDefinition.InterpolConstitutionJson(), "test"));
            // Numbers and a member of its own: the server's start-up has already seeded the demo 89th session with Myanmar.
            var session = Ok(await admin.CreateSessionAsync(new SessionInput(
                99, "99th General Assembly", "Example City", new DateOnly(2031, 11, 23), new DateOnly(2031, 11, 25),
                new DateTimeOffset(2031, 11, 19, 12, 0, 0, TimeSpan.Zero), rules.Id), "test"));
            var member = Ok(await admin.AddMemberAsync("BD", "Bangladesh", "NCB Dhaka", null, "test"));
            var authority = Ok(await admin.AddAuthorityAsync("Example Ministry of Home Affairs", "BD", null, "test"));
            Ok(await admin.AddClaimAsync(member.Id, authority.Id, new DateOnly(2021, 2, 2), null, "test"));
            seed = new ChallengeSeed(session.Id, member.Id, authority.Id);
            Seeds[factory] = seed;
            return seed;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The query string that files a challenge against the authority.</summary>
    public string TargetQuery => $"sessionId={SessionId}&target=authority&targetId={AuthorityId}";

    private static T Ok<T>(CredentialsResult<T> result)
    {
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value!;
    }
}
