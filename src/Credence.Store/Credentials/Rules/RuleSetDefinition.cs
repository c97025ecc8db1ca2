using System.Text.Json;
using System.Text.RegularExpressions;

namespace Credence.Store.Credentials.Rules;

/// <summary>
/// A rule set read from its JSON configuration: <c>{ "id", "name", "organisation", "instruments": [ { "id", "title",
/// "articles": [ { "id", "number", "title", "summary" } ] } ] }</c>. Ids are lower-case letters, digits and dashes;
/// articles are cited as "instrument/article" (see <see cref="RuleArticle.Key"/>). INTERPOL's Constitution ships as
/// <see cref="InterpolConstitutionJson"/>; another organisation loads its own file of the same shape.
/// </summary>
/// <param name="Id">The rule set's id, e.g. "interpol-constitution".</param>
/// <param name="Name">Its name for people.</param>
/// <param name="Organisation">The organisation whose rules these are.</param>
/// <param name="Instruments">The instruments with their articles.</param>
public sealed partial record RuleSetDefinition(string Id, string Name, string Organisation, IReadOnlyList<RuleInstrument> Instruments)
{
    /// <summary>The manifest resource name of the shipped INTERPOL rule set.</summary>
    public const string InterpolResourceName = "Credence.Store.Credentials.Rules.interpol-constitution.json";

    /// <summary>Every article of every instrument, in order.</summary>
    public IEnumerable<RuleArticle> Articles => Instruments.SelectMany(i => i.Articles);

    /// <summary>The article cited as <paramref name="key"/> ("instrument/article", compared exactly), or null.</summary>
    public RuleArticle? Find(string key) => Articles.FirstOrDefault(a => string.Equals(a.Key, key, StringComparison.Ordinal));

    /// <summary>The text of the shipped INTERPOL Constitution rule set (embedded in this assembly).</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a build error).</exception>
    public static string InterpolConstitutionJson()
    {
        using var stream = typeof(RuleSetDefinition).Assembly.GetManifestResourceStream(InterpolResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {InterpolResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Reads a rule set. Never throws on bad input: malformed JSON, a missing field, a bad or repeated id each give an
    /// error (with the JSON path) and a null definition.
    /// </summary>
    public static (RuleSetDefinition? Rules, IReadOnlyList<string> Errors) Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var errors = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            return (null, [$"Not valid JSON: {e.Message}"]);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, ["$: the rule set must be a JSON object."]);
            var id = Text(root, "id", "$", errors, isId: true);
            var name = Text(root, "name", "$", errors);
            var organisation = Text(root, "organisation", "$", errors);
            var instruments = new List<RuleInstrument>();
            if (!root.TryGetProperty("instruments", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
            {
                errors.Add("$.instruments: at least one instrument is required.");
            }
            else
            {
                var index = 0;
                foreach (var item in list.EnumerateArray()) instruments.Add(Instrument(item, $"$.instruments[{index++}]", errors));
            }
            foreach (var repeated in instruments.GroupBy(i => i.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
                errors.Add($"$.instruments: the id '{repeated.Key}' is used more than once.");
            return errors.Count > 0 ? (null, errors) : (new RuleSetDefinition(id, name, organisation, instruments), []);
        }
    }

    private static RuleInstrument Instrument(JsonElement item, string path, List<string> errors)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: an instrument must be an object.");
            return new RuleInstrument("", "", []);
        }
        var id = Text(item, "id", path, errors, isId: true);
        var title = Text(item, "title", path, errors);
        var articles = new List<RuleArticle>();
        if (!item.TryGetProperty("articles", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            errors.Add($"{path}.articles: at least one article is required.");
            return new RuleInstrument(id, title, articles);
        }
        var index = 0;
        foreach (var article in list.EnumerateArray())
        {
            var at = $"{path}.articles[{index++}]";
            if (article.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{at}: an article must be an object.");
                continue;
            }
            var articleId = Text(article, "id", at, errors, isId: true);
            articles.Add(new RuleArticle(
                id + "/" + articleId, Text(article, "number", at, errors), Text(article, "title", at, errors), Text(article, "summary", at, errors)));
        }
        foreach (var repeated in articles.GroupBy(a => a.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
            errors.Add($"{path}.articles: the id '{repeated.Key}' is used more than once.");
        return new RuleInstrument(id, title, articles);
    }

    private static string Text(JsonElement parent, string property, string path, List<string> errors, bool isId = false)
    {
        if (!parent.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Add($"{path}.{property}: a non-empty string is required.");
            return "";
        }
        var text = value.GetString()!.Trim();
        if (isId && !IdPattern().IsMatch(text))
            errors.Add($"{path}.{property}: '{text}' is not an id (lower-case letters, digits and dashes, up to 64).");
        return text;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
