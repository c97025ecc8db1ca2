namespace Credence.Store.Credentials.Model;

/// <summary>Who may see a decision and its grounds.</summary>
public enum DecisionVisibility
{
    /// <summary>Anyone, including the public participants list.</summary>
    Public,

    /// <summary>The organisation's members.</summary>
    Members,

    /// <summary>The committee and the secretariat only.</summary>
    Committee,
}
