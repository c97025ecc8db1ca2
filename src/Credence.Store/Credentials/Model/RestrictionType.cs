namespace Credence.Store.Credentials.Model;

/// <summary>What a restriction withholds from a member.</summary>
public enum RestrictionType
{
    Vote,

    Candidacy,

    Services,

    DataAccess,
}
