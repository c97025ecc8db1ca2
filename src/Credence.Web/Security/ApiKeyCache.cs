using System.Collections.Concurrent;
using Credence.Store.Data;

namespace Credence.Web.Security;

/// <summary>
/// Remembers recent key lookups for 30 seconds so that a busy client does not cost a database read per request. The web
/// app clears it when a key is revoked; a key revoked from the command line stops working within the 30 seconds.
/// </summary>
public sealed class ApiKeyCache
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (ApiKey? Key, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public ApiKeyCache(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>The cached lookup of <paramref name="hash"/>: found (key or null for "no such key"), or not cached.</summary>
    public bool TryGet(string hash, out ApiKey? key)
    {
        key = null;
        if (!_entries.TryGetValue(hash, out var entry)) return false;
        if (entry.Expires <= _time.GetUtcNow())
        {
            _entries.TryRemove(hash, out _);
            return false;
        }
        key = entry.Key;
        return true;
    }

    public void Set(string hash, ApiKey? key)
    {
        // Unknown keys are cached too, so a client hammering with a wrong key does not hammer the database; the size is
        // bounded by dropping everything when it grows past a limit no honest set of clients reaches.
        if (_entries.Count > 10_000) _entries.Clear();
        _entries[hash] = (key, _time.GetUtcNow() + Lifetime);
    }

    /// <summary>Forgets every lookup (after a key is created or revoked).</summary>
    public void Clear() => _entries.Clear();
}
