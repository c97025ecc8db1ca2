using Credence.Store.Audit;
using Credence.Store.Review;
using Credence.Web.Endpoints;

namespace Credence.Web.Hosting;

/// <summary>The review, audit and administration area: alert decisions and queries, the audit log, users and keys.</summary>
public static class ReviewServices
{
    /// <summary>Registers the store workflows the area's endpoints and pages take (per request, on the request's store context).</summary>
    public static IServiceCollection AddCredenceReview(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped<AlertReview>();
        services.AddScoped<AlertQuery>();
        services.AddScoped<AuditQuery>();
        return services;
    }

    /// <summary>Maps <c>/api/alerts</c>, <c>/api/audit</c> and <c>/api/admin</c>.</summary>
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapAlertEndpoints();
        app.MapAuditEndpoints();
        app.MapAdminEndpoints();
        return app;
    }
}
