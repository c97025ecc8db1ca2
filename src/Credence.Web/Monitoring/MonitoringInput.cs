using Credence.Core.Entities;
using Credence.Store.Monitoring;
using Credence.Web.Endpoints;

namespace Credence.Web.Monitoring;

/// <summary>Checks what a caller asks to monitor (API body or page form) and turns it into a <see cref="MonitoringRequest"/>.</summary>
public static class MonitoringInput
{
    /// <summary>Longest name accepted: 1,000 characters.</summary>
    public const int MaxName = 1000;

    /// <summary>The request, or the problems by field name (camelCase, as in the body).</summary>
    public static (MonitoringRequest? Request, Dictionary<string, string[]> Errors) Parse(MonitoringAddRequest body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var name = body.Name?.Trim() ?? "";
        if (name.Length == 0) errors["name"] = ["A name is required."];
        else if (name.Length > MaxName) errors["name"] = [$"The name is longer than {MaxName} characters."];

        EntitySchema? schema = null;
        if (!string.IsNullOrWhiteSpace(body.Schema))
        {
            if (Enum.TryParse<EntitySchema>(body.Schema.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && parsed != EntitySchema.Unknown)
                schema = parsed;
            else
                errors["schema"] = [$"Unknown schema '{body.Schema}'; use one of {string.Join(", ", Enum.GetNames<EntitySchema>().Where(n => n != nameof(EntitySchema.Unknown)))}."];
        }

        PartialDate? born = null;
        if (!string.IsNullOrWhiteSpace(body.BirthDate))
        {
            if (PartialDate.TryParseIso(body.BirthDate.Trim(), out var date)) born = date;
            else errors["birthDate"] = ["Use YYYY, YYYY-MM or YYYY-MM-DD."];
        }

        var country = body.Country?.Trim();
        if (!string.IsNullOrEmpty(country) && (country.Length != 2 || !country.All(char.IsAsciiLetter)))
            errors["country"] = ["Use a two-letter ISO 3166-1 code, e.g. mm."];

        var identifiers = (body.Identifiers ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).ToList();
        if (identifiers.Any(i => i.Length > 200)) errors["identifiers"] = ["An identifier is longer than 200 characters."];
        if (body.Reference is { Length: > 200 }) errors["reference"] = ["The reference is longer than 200 characters."];

        if (errors.Count > 0) return (null, errors);
        return (new MonitoringRequest
        {
            Name = name,
            Schema = schema,
            BirthDate = born,
            Country = string.IsNullOrEmpty(country) ? null : country,
            Identifiers = identifiers,
            Reference = body.Reference,
        }, errors);
    }
}
