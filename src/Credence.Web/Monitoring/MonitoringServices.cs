namespace Credence.Web.Monitoring;

/// <summary>Wires monitoring: the wake-up signal and the background service that re-screens subjects after list changes.</summary>
public static class MonitoringServices
{
    public static IServiceCollection AddCredenceMonitoring(this IServiceCollection services)
    {
        services.AddSingleton<MonitoringSignal>();
        services.AddHostedService<MonitoringService>();
        return services;
    }
}
