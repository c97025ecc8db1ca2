using Credence.Store.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Endpoints;

/// <summary><c>/health</c>: the one endpoint that needs no authentication. It says whether the store answers, and nothing more.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/health", GetHealthAsync).AllowAnonymous().WithTags("Health").WithName("Health");
        return app;
    }

    internal static async Task<Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>>> GetHealthAsync(
        CredenceDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new HealthStatus("ok"));
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            return TypedResults.Json(new HealthStatus("store unavailable"), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
