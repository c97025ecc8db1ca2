using System.Globalization;
using Credence.Core.Entities;
using Credence.Core.Matching;

namespace Credence.Cli.Commands;

/// <summary>Checks option values and turns them into engine types; anything wrong is a <see cref="CliUsageException"/> of one line.</summary>
internal static class Inputs
{
    public const string SchemaNames = "Person, Organization, Vessel, Aircraft or Any";

    /// <summary>The schema named by <paramref name="text"/> (any case); null for "Any" or nothing.</summary>
    public static EntitySchema? Schema(string? text, string what = "--schema")
    {
        if (string.IsNullOrWhiteSpace(text) || string.Equals(text.Trim(), "Any", StringComparison.OrdinalIgnoreCase)) return null;
        return text.Trim().ToLowerInvariant() switch
        {
            "person" => EntitySchema.Person,
            "organization" or "organisation" or "company" => EntitySchema.Organization,
            "vessel" => EntitySchema.Vessel,
            "aircraft" => EntitySchema.Aircraft,
            _ => throw new CliUsageException($"unknown {what} '{text}': use {SchemaNames}"),
        };
    }

    public static PartialDate? BirthDate(string? text, string what = "--dob")
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return PartialDate.TryParseIso(text, out var date)
            ? date
            : throw new CliUsageException($"bad {what} '{text}': use YYYY, YYYY-MM or YYYY-MM-DD");
    }

    /// <summary>The country as given, once it is known to be one (alpha-2, alpha-3 or a name).</summary>
    public static string? Country(string? text, string what = "--country")
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return Countries.ToCode(text) is not null
            ? text.Trim()
            : throw new CliUsageException($"unknown {what} '{text}': use an ISO code such as MM or MMR, or a country name");
    }

    /// <summary>Matching options with the threshold, when given, checked to be a number in [0,1].</summary>
    public static MatchingOptions Matching(string? threshold)
    {
        var options = new MatchingOptions();
        if (threshold is not null)
        {
            if (!double.TryParse(threshold, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || value is < 0.0 or > 1.0)
                throw new CliUsageException($"bad --threshold '{threshold}': use a score between 0 and 1, e.g. 0.85");
            options.Threshold = value;
        }
        return options;
    }

    public static int Limit(int limit) =>
        limit >= 1 ? limit : throw new CliUsageException($"bad --limit {limit}: use a number of hits of 1 or more");

    /// <summary>The full path of an existing file.</summary>
    public static string ExistingFile(string path)
    {
        var full = Path.GetFullPath(path);
        return File.Exists(full) ? full : throw new CliUsageException($"file not found: {path}");
    }

    /// <summary>The full paths of existing files or folders.</summary>
    public static IReadOnlyList<string> ExistingPaths(IEnumerable<string> paths)
    {
        var result = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (!File.Exists(full) && !Directory.Exists(full)) throw new CliUsageException($"file not found: {path}");
            result.Add(full);
        }
        return result;
    }

    /// <summary>The full path of a file to write, whose folder must exist.</summary>
    public static string OutputFile(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        return folder is null || Directory.Exists(folder) ? full : throw new CliUsageException($"folder not found for output: {path}");
    }
}
