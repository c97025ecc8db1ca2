namespace Credence.Web.Pages.Credentials;

/// <summary>One row of the submit form's persons table; blank rows are skipped.</summary>
public sealed class PersonRow
{
    public string? Role { get; set; }

    public string? Name { get; set; }

    /// <summary>Other names, separated by semicolons.</summary>
    public string? Aliases { get; set; }

    public string? BirthDate { get; set; }

    public string? Nationality { get; set; }

    public string? Function { get; set; }

    public string? Rank { get; set; }

    public string? DocumentNumber { get; set; }
}
