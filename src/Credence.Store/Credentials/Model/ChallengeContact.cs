namespace Credence.Store.Credentials.Model;

/// <summary>A contact person a challenge names.</summary>
public sealed class ChallengeContact
{
    public long Id { get; set; }

    public long ChallengeId { get; set; }

    public required string Name { get; set; }

    public string? Organisation { get; set; }

    public string? Email { get; set; }
}
