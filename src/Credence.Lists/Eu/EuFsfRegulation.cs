namespace Credence.Lists.Eu;

/// <summary>A regulation element of a current-format sanctionEntity, as written (no field interpreted).</summary>
public sealed record EuFsfRegulation
{
    /// <summary>The line the element starts on (1-based; 0 when unknown).</summary>
    public int Line { get; init; }
    public string? RegulationType { get; init; }
    public string? OrganisationType { get; init; }
    /// <summary>The programme code, e.g. "MMR", "RUS", "TERR".</summary>
    public string? Programme { get; init; }
    public string? PublicationDate { get; init; }
    public string? EntryIntoForceDate { get; init; }
    /// <summary>The act's number and Official Journal reference, e.g. "2021/480 (OJ L99I)".</summary>
    public string? NumberTitle { get; init; }
    /// <summary>The publicationUrl child element's text.</summary>
    public string? PublicationUrl { get; init; }
    public string? LogicalId { get; init; }
}
