using System.Globalization;
using System.Text.Json;
using Credence.Lists.Common;
using Credence.Store.Lists;

namespace Credence.Cli.Update;

/// <summary>
/// Where <c>lists update</c> fetches each source and how patiently. Defaults are the publishers' official addresses
/// (<see cref="ListSource.OfficialUrl"/>); a JSON file given with --config can override them and the timeouts:
/// <code>
/// {
///   "sources": { "ofac-sdn": "https://...", "un-sc": ["https://.../a.xml", "https://.../b.xml"] },
///   "attemptTimeoutSeconds": 120, "totalTimeoutSeconds": 600, "retries": 3, "retryDelaySeconds": 2,
///   "downloadTimeoutSeconds": 900
/// }
/// </code>
/// </summary>
internal sealed class UpdateConfig
{
    private UpdateConfig(Dictionary<string, IReadOnlyList<Uri>> sources) => Sources = sources;

    /// <summary>The URLs of each source id that has any.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Uri>> Sources { get; }

    /// <summary>Time for one attempt to get an answer (headers). Default 2 minutes.</summary>
    public TimeSpan AttemptTimeout { get; private set; } = TimeSpan.FromMinutes(2);

    /// <summary>Time for all attempts at one request together. Default 10 minutes.</summary>
    public TimeSpan TotalTimeout { get; private set; } = TimeSpan.FromMinutes(10);

    /// <summary>Retries after a transient failure (5xx, 408, 429, network error, attempt timeout). Default 3.</summary>
    public int Retries { get; private set; } = 3;

    /// <summary>First delay between attempts; it doubles each time, with jitter. Default 2 seconds.</summary>
    public TimeSpan RetryDelay { get; private set; } = TimeSpan.FromSeconds(2);

    /// <summary>Time for one whole file, body included. Default 15 minutes.</summary>
    public TimeSpan DownloadTimeout { get; private set; } = TimeSpan.FromMinutes(15);

    /// <summary>The defaults, overridden by the JSON file at <paramref name="path"/> when given.</summary>
    /// <exception cref="CliUsageException">The file is missing, not JSON, or names an unknown source or a bad URL or number.</exception>
    public static UpdateConfig Load(string? path)
    {
        var sources = ListSources.All
            .Where(s => s.OfficialUrl is not null)
            .ToDictionary(s => s.Id, s => (IReadOnlyList<Uri>)[new Uri(s.OfficialUrl!)], StringComparer.OrdinalIgnoreCase);
        var config = new UpdateConfig(sources);
        if (path is null) return config;

        var full = Path.GetFullPath(path);
        if (!File.Exists(full)) throw new CliUsageException($"file not found: {path}");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(full), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            config.Apply(document.RootElement, path);
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"{path} is not valid JSON: {ex.Message}", ex);
        }
        return config;
    }

    /// <summary>The sources to update: those named (checked), or every source that has a URL.</summary>
    /// <exception cref="CliUsageException">A named source is unknown or has no URL.</exception>
    public IReadOnlyList<ListUpdateSource> Select(IReadOnlyList<string>? ids)
    {
        if (ids is not { Count: > 0 })
        {
            return [.. Sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new ListUpdateSource(s.Key.ToLowerInvariant(), s.Value))];
        }
        var selected = new List<ListUpdateSource>();
        foreach (var id in ids)
        {
            var known = ListSources.Find(id) ?? throw new CliUsageException(
                $"unknown --source '{id}': use one of {string.Join(", ", ListSources.All.Select(s => s.Id))}");
            if (!Sources.TryGetValue(known.Id, out var urls))
                throw new CliUsageException($"source '{known.Id}' has no URL to fetch: set one in the --config file");
            selected.Add(new ListUpdateSource(known.Id, urls));
        }
        return selected;
    }

    private void Apply(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new CliUsageException($"{path}: expected a JSON object");
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "sources":
                    ApplySources(property.Value, path);
                    break;
                case "attemptTimeoutSeconds":
                    AttemptTimeout = Seconds(property, path);
                    break;
                case "totalTimeoutSeconds":
                    TotalTimeout = Seconds(property, path);
                    break;
                case "downloadTimeoutSeconds":
                    DownloadTimeout = Seconds(property, path);
                    break;
                case "retryDelaySeconds":
                    RetryDelay = property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetDouble(out var delay) && delay is >= 0 and <= 3600
                        ? TimeSpan.FromSeconds(delay)
                        : throw new CliUsageException($"{path}: retryDelaySeconds must be a number of seconds from 0 to 3600");
                    break;
                case "retries":
                    Retries = property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var retries) && retries is >= 0 and <= 20
                        ? retries
                        : throw new CliUsageException($"{path}: retries must be a whole number from 0 to 20");
                    break;
                default:
                    throw new CliUsageException($"{path}: unknown setting '{property.Name}'");
            }
        }
    }

    private void ApplySources(JsonElement sources, string path)
    {
        if (sources.ValueKind != JsonValueKind.Object) throw new CliUsageException($"{path}: 'sources' must be an object of source id to URL");
        var map = (Dictionary<string, IReadOnlyList<Uri>>)Sources;
        foreach (var source in sources.EnumerateObject())
        {
            var known = ListSources.Find(source.Name) ?? throw new CliUsageException($"{path}: unknown source '{source.Name}'");
            var texts = source.Value.ValueKind switch
            {
                JsonValueKind.String => [source.Value.GetString()!],
                JsonValueKind.Array => source.Value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : "").ToList(),
                _ => new List<string> { "" },
            };
            var urls = new List<Uri>();
            foreach (var text in texts)
            {
                if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
                    throw new CliUsageException($"{path}: source '{source.Name}' needs an http(s) URL or a list of them, not '{text}'");
                urls.Add(url);
            }
            if (urls.Count == 0) throw new CliUsageException($"{path}: source '{source.Name}' has an empty list of URLs");
            map[known.Id] = urls;
        }
    }

    private static TimeSpan Seconds(JsonProperty property, string path) =>
        property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetDouble(out var seconds) && seconds is >= 0.05 and <= 86_400
            ? TimeSpan.FromSeconds(seconds)
            : throw new CliUsageException(string.Create(
                CultureInfo.InvariantCulture, $"{path}: {property.Name} must be a number of seconds from 0.05 to 86400"));
}
