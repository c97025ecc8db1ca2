using System.ComponentModel.DataAnnotations;

namespace Credence.Web.Challenges;

/// <summary>Settings of the public sign-on form, from the "Credence:SignOn" configuration section; validated at start-up.</summary>
public sealed class SignOnOptions
{
    public const string Section = "Credence:SignOn";

    /// <summary>Submissions and confirmations allowed per client address per hour; default 20. Showing the form is not counted.</summary>
    [Range(1, 100_000)]
    public int RequestsPerAddressPerHour { get; set; } = 20;

    /// <summary>How long a confirmation link works, in hours; default 48.</summary>
    [Range(1, 24 * 30)]
    public int ConfirmationHours { get; set; } = 48;
}
