namespace Credence.Store.Credentials.Model;

/// <summary>Why the committee is told something.</summary>
public enum CommitteeNoticeKind
{
    /// <summary>A new alert on a delegate whose member holds an accepting decision: review is reopened.</summary>
    ReviewReopened,

    /// <summary>A new alert on a delegate of a member not yet decided.</summary>
    NewAlert,

    /// <summary>A representation dispute was opened.</summary>
    DisputeOpened,

    /// <summary>A delegation was submitted after the deadline.</summary>
    LateSubmission,
}
