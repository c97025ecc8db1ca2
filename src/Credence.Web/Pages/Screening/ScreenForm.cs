using System.ComponentModel.DataAnnotations;

namespace Credence.Web.Pages.Screening;

/// <summary>The fields of the "Screen a name" form.</summary>
public sealed class ScreenForm
{
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Kind")]
    public string? Schema { get; set; }

    [Display(Name = "Date of birth or incorporation")]
    public string? BirthDate { get; set; }

    [Display(Name = "Country or nationality")]
    public string? Country { get; set; }

    [Display(Name = "Identifiers")]
    public string? Identifiers { get; set; }
}
