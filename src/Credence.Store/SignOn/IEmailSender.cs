namespace Credence.Store.SignOn;

/// <summary>
/// Sends the sign-on workflow's emails. The seam where a mail transport plugs in: Credence ships only
/// <see cref="OutboxEmailSender"/>, which writes each message as an .eml file; SMTP is not wired.
/// </summary>
public interface IEmailSender
{
    /// <summary>Sends (or queues) <paramref name="message"/>.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
