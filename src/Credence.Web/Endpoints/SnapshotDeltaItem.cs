namespace Credence.Web.Endpoints;

/// <summary>An entity a snapshot added, removed or changed; <paramref name="ChangedFields"/> is comma-separated.</summary>
public sealed record SnapshotDeltaItem(string EntityId, string EntityName, string Kind, string? ChangedFields);
