using System.Globalization;
using Credence.Core.Entities;
using Credence.Core.Matching;

namespace Credence.Web.Screening;

/// <summary>Validates what callers send and turns it into a <see cref="ScreeningQuery"/>; the API, batches and pages share it.</summary>
public static class ScreeningInputs
{
    /// <summary>Longest name accepted, in characters: 1,000. Longer text is not a name, and would only cost time.</summary>
    public const int MaxNameLength = 1000;

    /// <summary>Longest reference, country or identifier accepted, in characters: 256.</summary>
    public const int MaxFieldLength = 256;

    /// <summary>Most identifiers accepted for one subject: 50.</summary>
    public const int MaxIdentifiers = 50;

    /// <summary>Most hits a caller may ask for: 100.</summary>
    public const int MaxLimit = 100;

    /// <summary>Checks <paramref name="input"/>; every problem is named by its field.</summary>
    public static ScreeningInputCheck Check(ScreeningInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string field, string message) => errors[field] = [message];

        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0) Fail("name", "The name is required.");
        else if (name.Length > MaxNameLength)
        {
            Fail("name", string.Create(CultureInfo.InvariantCulture,
                $"The name has {name.Length:N0} characters; at most {MaxNameLength:N0} are accepted."));
        }

        EntitySchema? schema = null;
        if (!string.IsNullOrWhiteSpace(input.Schema))
        {
            if (TryParseSchema(input.Schema, out var parsed)) schema = parsed;
            else Fail("schema", $"Unknown schema '{Shorten(input.Schema)}'; use Person, Organization, Company, Vessel or Aircraft.");
        }

        PartialDate? birthDate = null;
        if (!string.IsNullOrWhiteSpace(input.BirthDate))
        {
            if (PartialDate.TryParseIso(input.BirthDate, out var date)) birthDate = date;
            else Fail("birthDate", $"'{Shorten(input.BirthDate)}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD.");
        }

        string? country = null;
        if (!string.IsNullOrWhiteSpace(input.Country))
        {
            country = input.Country.Length <= MaxFieldLength ? Countries.ToCode(input.Country) : null;
            if (country is null) Fail("country", $"Unknown country '{Shorten(input.Country)}'; use an ISO 3166 code or an English country name.");
        }

        var identifiers = (input.Identifiers ?? []).Select(i => i?.Trim() ?? "").Where(i => i.Length > 0).ToList();
        if (identifiers.Count > MaxIdentifiers) Fail("identifiers", $"At most {MaxIdentifiers} identifiers are accepted.");
        else if (identifiers.Any(i => i.Length > MaxFieldLength)) Fail("identifiers", $"An identifier is longer than {MaxFieldLength} characters.");

        var reference = string.IsNullOrWhiteSpace(input.Reference) ? null : input.Reference.Trim();
        if (reference is { Length: > MaxFieldLength }) Fail("reference", $"The reference is longer than {MaxFieldLength} characters.");

        if (input.Threshold is { } threshold && (double.IsNaN(threshold) || threshold < 0 || threshold > 1))
            Fail("threshold", "The threshold must be between 0 and 1.");
        if (input.Limit is < 1 or > MaxLimit) Fail("limit", $"The limit must be between 1 and {MaxLimit}.");

        if (errors.Count > 0) return new ScreeningInputCheck(null, errors);
        var query = new ScreeningQuery
        {
            Name = name,
            Schema = schema,
            BirthDate = birthDate,
            Country = country,
            Identifiers = identifiers,
            Reference = reference,
        };
        return new ScreeningInputCheck(query, errors);
    }

    /// <summary>
    /// Reads a schema name, case-insensitively. FollowTheMoney's Company, PublicBody and Organization are organisations;
    /// LegalEntity and Thing (either kind) screen against every schema, so they give <see cref="EntitySchema.Unknown"/>.
    /// </summary>
    public static bool TryParseSchema(string? text, out EntitySchema schema)
    {
        schema = EntitySchema.Unknown;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "person":
                schema = EntitySchema.Person;
                return true;
            case "organization" or "organisation" or "company" or "publicbody":
                schema = EntitySchema.Organization;
                return true;
            case "vessel":
                schema = EntitySchema.Vessel;
                return true;
            case "aircraft" or "airplane":
                schema = EntitySchema.Aircraft;
                return true;
            case "legalentity" or "thing" or "unknown" or "":
                return true;
            default:
                return false;
        }
    }

    // Messages quote what was sent, but never a whole megabyte of it.
    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
