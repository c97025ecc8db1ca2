namespace Credence.Store.Credentials.Model;

/// <summary>
/// Links a delegation person to one stored screening (<c>ScreeningRecord</c>) of one of their names; the screening's hits
/// carry the alert ids. A person has one link per name and alias each time they are screened.
/// </summary>
public sealed class DelegateScreening
{
    public long Id { get; set; }

    public long PersonId { get; set; }

    public long ScreeningId { get; set; }

    /// <summary>The name or alias screened.</summary>
    public required string ScreenedName { get; set; }

    public DateTimeOffset ScreenedAt { get; set; }

    /// <summary>"submission", "manual" or "list-change".</summary>
    public required string Trigger { get; set; }

    /// <summary>How many hits raised new alerts.</summary>
    public int NewAlerts { get; set; }
}
