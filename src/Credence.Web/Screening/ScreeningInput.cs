namespace Credence.Web.Screening;

/// <summary>
/// One subject to screen, as <c>POST /api/screenings</c>, a JSON batch element, a CSV row and the screen page give it. Every
/// field is text as the caller typed it; <see cref="ScreeningInputs.Check"/> validates it and turns it into a query.
/// </summary>
public sealed record ScreeningInput
{
    /// <summary>The name, in any script; required, at most <see cref="ScreeningInputs.MaxNameLength"/> characters.</summary>
    public string? Name { get; init; }

    /// <summary>Person, Organization (or Company), Vessel or Aircraft; empty screens against every schema.</summary>
    public string? Schema { get; init; }

    /// <summary>Date of birth or incorporation: "YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
    public string? BirthDate { get; init; }

    /// <summary>An ISO 3166 code (alpha-2 or alpha-3) or a country name, e.g. "mm", "MMR" or "Burma".</summary>
    public string? Country { get; init; }

    /// <summary>Passport, national id, registration or IMO numbers.</summary>
    public IReadOnlyList<string>? Identifiers { get; init; }

    /// <summary>The caller's own reference (a customer number, a row id); stored and returned, not matched.</summary>
    public string? Reference { get; init; }

    /// <summary>Minimum score for a hit and an alert, in [0,1]; default the matcher's threshold (0.70).</summary>
    public double? Threshold { get; init; }

    /// <summary>Most hits returned, 1..100; default 10.</summary>
    public int? Limit { get; init; }
}
