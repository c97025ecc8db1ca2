using Credence.Store.Audit;
using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Access;

/// <summary>Creates, lists and revokes API keys. A key is shown once; only its SHA-256 is stored. Every change is audited.</summary>
public sealed class ApiKeyAdministration
{
    private readonly CredenceDbContext _db;
    private readonly TimeProvider _time;
    private readonly AuditLog _audit;

    public ApiKeyAdministration(CredenceDbContext db, TimeProvider time, AuditLog audit)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(audit);
        _db = db;
        _time = time;
        _audit = audit;
    }

    /// <summary>Makes a key named <paramref name="name"/> with <paramref name="role"/>; the key is in the result, once.</summary>
    /// <param name="name">What the key is for; 1 to 100 characters, unique.</param>
    /// <param name="role">One of <see cref="CredenceRoles.All"/>.</param>
    /// <param name="actor">Who does it, for the audit log.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    public async Task<AccessResult> AddAsync(string name, string role, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(actor);
        name = name.Trim();
        if (!CredenceRoles.IsKnown(role))
            return new AccessResult(name, role, null, $"unknown role '{role}'; use one of: {string.Join(", ", CredenceRoles.All)}");
        if (name.Length is 0 or > 100) return new AccessResult(name, role, null, "a key name is 1 to 100 characters");
        if (await _db.ApiKeys.AnyAsync(k => k.Name == name, cancellationToken).ConfigureAwait(false))
            return new AccessResult(name, role, null, $"a key named '{name}' already exists");

        var key = Secrets.NewApiKey();
        _db.ApiKeys.Add(new ApiKey
        {
            Name = name,
            Role = role,
            Prefix = key[..8],
            Hash = Secrets.HashApiKey(key),
            CreatedAt = _time.GetUtcNow(),
            CreatedBy = actor,
        });
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "apikey.created", $"apikey:{name}", $"role {role}", cancellationToken).ConfigureAwait(false);
        return new AccessResult(name, role, key, null);
    }

    /// <summary>Revokes the key named <paramref name="name"/>; returns an error message, or null when done.</summary>
    public async Task<string?> RevokeAsync(string name, string actor, CancellationToken cancellationToken = default)
    {
        var key = await _db.ApiKeys.FirstOrDefaultAsync(k => k.Name == name, cancellationToken).ConfigureAwait(false);
        if (key is null) return $"no key named '{name}'";
        if (key.RevokedAt is not null) return $"the key '{name}' is already revoked";
        key.RevokedAt = _time.GetUtcNow();
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "apikey.revoked", $"apikey:{name}", null, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>Every key, revoked ones included, by name. Only hashes are stored, so no key can be shown again.</summary>
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default) =>
        await _db.ApiKeys.AsNoTracking().OrderBy(k => k.Name).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The key a presented secret belongs to, if it is valid and not revoked.</summary>
    public Task<ApiKey?> FindActiveAsync(string presented, CancellationToken cancellationToken = default)
    {
        var hash = Secrets.HashApiKey(presented);
        return _db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, cancellationToken);
    }
}
