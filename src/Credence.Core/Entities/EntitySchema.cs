namespace Credence.Core.Entities;

/// <summary>The kind of a listed party, following FollowTheMoney's schema names.</summary>
public enum EntitySchema
{
    /// <summary>Unknown or not stated by the list: matched as either a person or an organisation.</summary>
    Unknown = 0,
    Person,
    Organization,
    Vessel,
    Aircraft,
}
