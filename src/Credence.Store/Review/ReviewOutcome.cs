namespace Credence.Store.Review;

/// <summary>How a decision request ended (see <see cref="AlertReview.DecideAsync"/>).</summary>
public enum ReviewOutcome
{
    /// <summary>The decision was stored and the alert updated.</summary>
    Decided,

    /// <summary>No alert has that id; nothing was written.</summary>
    NotFound,

    /// <summary>The request was refused (see <see cref="ReviewResult.Field"/> and <see cref="ReviewResult.Error"/>); nothing was written.</summary>
    Invalid,
}
