namespace Credence.Store.Credentials.Model;

/// <summary>The office of whoever signed a credential letter.</summary>
public enum SignatoryOffice
{
    HeadOfState,

    HeadOfGovernment,

    ForeignMinister,

    /// <summary>Any other office, e.g. a minister of the interior or a police chief.</summary>
    Other,
}
