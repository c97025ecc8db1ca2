namespace Credence.Web.Endpoints;

/// <summary>One page of the audit log, newest first, with the number of entries the filter selects in all.</summary>
public sealed record AuditList(IReadOnlyList<AuditEntry> Items, int Total, int Page, int PageSize);
