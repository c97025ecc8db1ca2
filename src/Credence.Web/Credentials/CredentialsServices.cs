using Credence.Store.Credentials;
using Credence.Store.Credentials.Reports;

namespace Credence.Web.Credentials;

/// <summary>The credentials area: the store workflows per request, the intake, the re-screening on list change and the policies.</summary>
public static class CredentialsServices
{
    public static IServiceCollection AddCredenceCredentials(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped<AssemblyAdministration>();
        services.AddScoped<DelegationWorkflow>();
        services.AddScoped<DelegateScreeningWorkflow>();
        services.AddScoped<CommitteeWorkflow>();
        services.AddScoped<RestrictionWorkflow>();
        services.AddScoped<ChallengeWorkflow>();
        services.AddScoped<CommitteeReportQuery>();
        services.AddScoped<ParticipantsQuery>();
        services.AddScoped<DelegationIntake>();
        services.AddSingleton<CredentialsRescreener>();
        services.AddHostedService<CredentialsRescreenService>();
        services.AddAuthorization(CredentialsAccess.AddPolicies);
        return services;
    }
}
