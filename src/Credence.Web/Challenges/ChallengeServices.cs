using System.Threading.RateLimiting;
using Credence.Store.Audit;
using Credence.Store.Credentials;
using Credence.Store.Data;
using Credence.Store.SignOn;
using Credence.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Credence.Web.Challenges;

/// <summary>The challenges area: challenge import and queries, open letters and the public sign-on form's rate limit.</summary>
public static class ChallengeServices
{
    /// <summary>The rate-limiter policy on the public sign-on pages (submissions and confirmations, per client address).</summary>
    public const string SignOnRateLimit = "sign-on";

    /// <summary>Registers the area's workflows (per request, on the request's store context), the outbox email sender and the sign-on rate limit.</summary>
    public static IServiceCollection AddCredenceChallenges(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SignOnOptions>().BindConfiguration(SignOnOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ChallengeWorkflow>();
        services.AddScoped<ChallengeQuery>();
        // No mail server is wired: confirmation emails are written as .eml files for an operator or relay to send.
        services.AddSingleton<IEmailSender>(sp => new OutboxEmailSender(
            Path.Combine(sp.GetRequiredService<StoreLocation>().DataFolder, "outbox"), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped(sp => new SignOnWorkflow(
            sp.GetRequiredService<CredenceDbContext>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<AuditLog>(),
            sp.GetRequiredService<IEmailSender>(),
            TimeSpan.FromHours(sp.GetRequiredService<IOptions<SignOnOptions>>().Value.ConfirmationHours)));
        services.AddRateLimiter(limiter => limiter.AddPolicy(SignOnRateLimit, context =>
        {
            // Reading the letter is free; what writes to the store (submitting, confirming) is counted per address.
            if (HttpMethods.IsGet(context.Request.Method)) return RateLimitPartition.GetNoLimiter("read");
            var limit = context.RequestServices.GetRequiredService<IOptions<SignOnOptions>>().Value.RequestsPerAddressPerHour;
            return RateLimitPartition.GetFixedWindowLimiter(
                "sign-on:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromHours(1) });
        }));
        return services;
    }
}
