using Credence.Core.Entities;

namespace Credence.Store.Data;

/// <summary>A person or organisation re-screened whenever a list snapshot changes.</summary>
public sealed class MonitoredSubject
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public EntitySchema? Schema { get; set; }

    /// <summary>Date of birth or incorporation, as "YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
    public string? BirthDate { get; set; }

    /// <summary>ISO 3166-1 alpha-2, lower-case.</summary>
    public string? Country { get; set; }

    /// <summary>Identifiers, one per line.</summary>
    public string? Identifiers { get; set; }

    /// <summary>The caller's own reference (a customer or delegate id).</summary>
    public string? Reference { get; set; }

    public required string SubjectKey { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public required string AddedBy { get; set; }

    /// <summary>False once monitoring is stopped; the row stays for the record.</summary>
    public bool Active { get; set; } = true;

    public DateTimeOffset? StoppedAt { get; set; }

    /// <summary>The latest screening of the subject (when added, or after a list change).</summary>
    public long? LastScreeningId { get; set; }
}
