using System.Text;
using Credence.Store.Audit;
using Credence.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credence.Web.Endpoints;

/// <summary>
/// <c>/api/audit</c>: the append-only audit log, a page at a time or exported whole (CSV or JSON). It is there for
/// oversight, so every role may read it; nothing here changes it.
/// </summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var audit = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(CredencePolicies.Read);
        audit.MapGet("", ListAuditAsync).WithName("ListAudit")
            .WithSummary("The audit log, newest first: filter by from/to (yyyy-MM-dd, UTC), actor, action (prefix, e.g. 'user.'), target; page and pageSize (at most 200).");
        audit.MapGet("/export", ExportAudit).WithName("ExportAudit")
            .WithSummary("The whole filtered audit log, oldest first, as CSV (format=csv, formula-safe) or a JSON array (format=json).");
        return app;
    }

    internal static async Task<Results<Ok<AuditList>, ValidationProblem>> ListAuditAsync(
        AuditQuery query,
        string? from,
        string? to,
        string? actor,
        string? action,
        string? target,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var input = new ReviewInput();
        var filter = Filter(input, from, to, actor, action, target);
        var (number, size) = input.Paging(page, pageSize, 50, AuditQuery.MaxPageSize);
        if (!input.IsValid) return TypedResults.ValidationProblem(input.Errors);
        var result = await query.ListAsync(filter, number, size, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new AuditList([.. result.Items.Select(AuditEntry.From)], result.Total, result.Page, result.PageSize));
    }

    internal static Results<PushStreamHttpResult, ValidationProblem> ExportAudit(
        AuditQuery query,
        string? format,
        string? from,
        string? to,
        string? actor,
        string? action,
        string? target,
        CancellationToken cancellationToken)
    {
        var input = new ReviewInput();
        var filter = Filter(input, from, to, actor, action, target);
        var kind = string.IsNullOrWhiteSpace(format) ? "csv" : format.Trim().ToLowerInvariant();
        if (kind is not ("csv" or "json")) input.Add("format", "The format is csv or json.");
        if (!input.IsValid) return TypedResults.ValidationProblem(input.Errors);

        var entries = query.StreamAsync(filter, cancellationToken);
        if (kind == "json")
        {
            return TypedResults.Stream(
                stream => AuditExport.WriteJsonAsync(entries, stream, cancellationToken), "application/json", "credence-audit.json");
        }
        return TypedResults.Stream(
            async stream =>
            {
                var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                await using (writer.ConfigureAwait(false))
                {
                    await AuditExport.WriteCsvAsync(entries, writer, cancellationToken).ConfigureAwait(false);
                }
            },
            "text/csv; charset=utf-8",
            "credence-audit.csv");
    }

    private static AuditFilter Filter(ReviewInput input, string? from, string? to, string? actor, string? action, string? target) => new()
    {
        Days = input.Window(from, to),
        Actor = actor,
        Action = action,
        Target = target,
    };
}
