namespace Credence.Lists.OpenSanctions;

/// <summary>One row of an OpenSanctions targets.simple.csv export, as written. Multi-valued cells are ";"-separated; absent cells are "".</summary>
public sealed class OpenSanctionsSimpleRecord
{
    /// <summary>The 1-based line the row starts on (rows may span lines).</summary>
    public required int Line { get; init; }

    public required string Id { get; init; }
    public required string Schema { get; init; }
    public required string Name { get; init; }
    public string Aliases { get; init; } = "";
    public string BirthDate { get; init; } = "";
    public string Countries { get; init; } = "";
    public string Addresses { get; init; } = "";
    public string Identifiers { get; init; } = "";

    /// <summary>The sanctions cell: authority and programme text in OpenSanctions' sanctions exports; a reason in some datasets.</summary>
    public string Sanctions { get; init; } = "";
    public string Phones { get; init; } = "";
    public string Emails { get; init; } = "";
    public string ProgramIds { get; init; } = "";
    public string Dataset { get; init; } = "";
    public string FirstSeen { get; init; } = "";
    public string LastSeen { get; init; } = "";
    public string LastChange { get; init; } = "";
}
