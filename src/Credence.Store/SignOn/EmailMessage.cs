namespace Credence.Store.SignOn;

/// <summary>A plain-text email to one recipient.</summary>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject line (line breaks are removed when written).</param>
/// <param name="Body">The plain-text body.</param>
public sealed record EmailMessage(string To, string Subject, string Body);
