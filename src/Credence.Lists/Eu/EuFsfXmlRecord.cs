namespace Credence.Lists.Eu;

/// <summary>
/// One sanctionEntity of the current EU Financial Sanctions Files XML, every value as the file writes it. Interpreting them
/// (dates, countries, which name is primary) is <see cref="EuFsfXmlMapper"/>'s job.
/// </summary>
public sealed record EuFsfXmlRecord
{
    /// <summary>The line the sanctionEntity element starts on (1-based; 0 when unknown).</summary>
    public int Line { get; init; }
    /// <summary>The EU's stable id for the entity, e.g. "13".</summary>
    public string? LogicalId { get; init; }
    /// <summary>e.g. "EU.27.28".</summary>
    public string? EuReferenceNumber { get; init; }
    public string? UnitedNationId { get; init; }
    /// <summary>The listing date "yyyy-MM-dd", when stated.</summary>
    public string? DesignationDate { get; init; }
    public string? DesignationDetails { get; init; }
    /// <summary>subjectType@code: "person" or "enterprise".</summary>
    public string? SubjectTypeCode { get; init; }
    /// <summary>subjectType@classificationCode: "P" or "E".</summary>
    public string? SubjectClassificationCode { get; init; }
    public IReadOnlyList<EuFsfRegulation> Regulations { get; init; } = [];
    /// <summary>Names in file order.</summary>
    public IReadOnlyList<EuFsfNameAlias> NameAliases { get; init; } = [];
    public IReadOnlyList<EuFsfCitizenship> Citizenships { get; init; } = [];
    public IReadOnlyList<EuFsfBirthdate> Birthdates { get; init; } = [];
    public IReadOnlyList<EuFsfIdentification> Identifications { get; init; } = [];
    public IReadOnlyList<EuFsfAddress> Addresses { get; init; } = [];
    /// <summary>The texts of the entity's own remark elements (not those inside its addresses or identifications).</summary>
    public IReadOnlyList<string> Remarks { get; init; } = [];
}
