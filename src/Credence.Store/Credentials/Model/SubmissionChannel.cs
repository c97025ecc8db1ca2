namespace Credence.Store.Credentials.Model;

/// <summary>Who submitted a delegation.</summary>
public enum SubmissionChannel
{
    /// <summary>The member's own focal point (see <see cref="FocalPointAssignment"/>).</summary>
    FocalPoint,

    /// <summary>The organisation's secretariat, on the member's behalf.</summary>
    Secretariat,
}
