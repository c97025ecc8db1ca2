using Credence.Lists.Common;
using Credence.Store.Lists;

namespace Credence.Web.Lists;

/// <summary>
/// How the server keeps its lists up to date, from the "Credence:Lists" configuration section. Every source with an official
/// address (<see cref="ListSource.OfficialUrl"/>) is fetched from it unless <see cref="Sources"/> gives other URLs or
/// turns it off. Validated at start-up.
/// <code>
/// "Lists": { "UpdateInterval": "1.00:00:00", "Retries": 3, "Sources": { "custom": { "Urls": [ "https://intranet/wanted.csv" ] },
///            "opensanctions": { "Enabled": false } } }
/// </code>
/// </summary>
public sealed class ListUpdateOptions
{
    public const string Section = "Credence:Lists";

    /// <summary>Per source id: other URLs, or <c>Enabled: false</c>. Default empty (every official address).</summary>
    public Dictionary<string, ListSourceSettings> Sources { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Time between scheduled updates; default 1 day. The first runs one interval after start-up. Zero turns the schedule off.</summary>
    public TimeSpan UpdateInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Retries after a transient failure (5xx, 408, 429, network error, attempt timeout); default 3, at most 20.</summary>
    public int Retries { get; set; } = 3;

    /// <summary>First delay between attempts; it doubles each time, with jitter. Default 2 seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Time for one attempt to get an answer (headers); default 2 minutes.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Time for all attempts at one request together; default 10 minutes.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Time for one whole file, body included; default 15 minutes.</summary>
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The sources to fetch, by id (lower case), with their URLs: official addresses overridden by <see cref="Sources"/>.</summary>
    public IReadOnlyDictionary<string, ListUpdateSource> Resolve()
    {
        var resolved = new SortedDictionary<string, ListUpdateSource>(StringComparer.Ordinal);
        foreach (var source in ListSources.All)
        {
            Sources.TryGetValue(source.Id, out var settings);
            if (settings is { Enabled: false }) continue;
            var urls = settings is { Urls.Count: > 0 }
                ? settings.Urls.Select(u => new Uri(u, UriKind.Absolute)).ToList()
                : source.OfficialUrl is { } official ? [new Uri(official)] : [];
            if (urls.Count > 0) resolved[source.Id] = new ListUpdateSource(source.Id, urls);
        }
        return resolved;
    }

    /// <summary>Problems with the settings, one message each; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (UpdateInterval < TimeSpan.Zero) problems.Add("Credence:Lists:UpdateInterval must not be negative.");
        if (Retries is < 0 or > 20) problems.Add("Credence:Lists:Retries must be from 0 to 20.");
        if (RetryDelay < TimeSpan.Zero) problems.Add("Credence:Lists:RetryDelay must not be negative.");
        foreach (var (name, value) in new[] { ("AttemptTimeout", AttemptTimeout), ("TotalTimeout", TotalTimeout), ("DownloadTimeout", DownloadTimeout) })
        {
            if (value <= TimeSpan.Zero) problems.Add($"Credence:Lists:{name} must be positive.");
        }
        foreach (var (id, settings) in Sources)
        {
            if (ListSources.Find(id) is null) problems.Add($"Credence:Lists:Sources:{id} is not a known list source.");
            foreach (var url in settings.Urls)
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                    problems.Add($"Credence:Lists:Sources:{id}: '{url}' is not an http(s) URL.");
            }
        }
        return problems;
    }
}
