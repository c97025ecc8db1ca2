using System.Text.Json;

namespace Credence.Web.Endpoints;

/// <summary>The hit behind an alert: rank, score in [0,1], the list record's fingerprint, programmes and the explanation.</summary>
public sealed record AlertHit(int Rank, double Score, string? RecordHash, string? Programs, JsonElement Explanation);
