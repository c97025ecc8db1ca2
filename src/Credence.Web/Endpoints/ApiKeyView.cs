using Credence.Store.Data;

namespace Credence.Web.Endpoints;

/// <summary>An API key as listed: its name, role and first characters, never the key or its hash.</summary>
public sealed record ApiKeyView(
    string Name, string Role, string Prefix, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    internal static ApiKeyView From(ApiKey k) => new(k.Name, k.Role, k.Prefix, k.CreatedAt, k.CreatedBy, k.RevokedAt, k.LastUsedAt);
}
