namespace Credence.Web.Screening;

/// <summary>Registers what screening and batch jobs need: the job queue, its background worker,
/// submission, the runner, the gate that makes writers take turns, and the generated JSON code of a single screening.</summary>
public static class ScreeningServices
{
    public static IServiceCollection AddCredenceScreening(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<BatchQueue>();
        services.AddSingleton<StoreWriteGate>();
        services.AddScoped<BatchSubmission>();
        services.AddScoped<BatchRunner>();
        services.AddHostedService<BatchWorker>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ScreeningJsonContext.Default));
        return services;
    }
}
