using System.Globalization;
using System.Text;

namespace Credence.Store.SignOn;

/// <summary>
/// Writes each email as an RFC 5322 .eml file (UTF-8, 8bit) into an outbox folder, for an operator or a mail relay to pick up.
/// This machine has no mail server, so nothing is sent: the folder is the hand-over point.
/// </summary>
public sealed class OutboxEmailSender : IEmailSender
{
    /// <summary>The sender address written into every message.</summary>
    public const string FromAddress = "no-reply@credence.invalid";

    private readonly TimeProvider _time;

    /// <param name="folder">The outbox folder; created when the first message is written.</param>
    /// <param name="time">The clock for the Date header and file names.</param>
    public OutboxEmailSender(string folder, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(time);
        Folder = folder;
        _time = time;
    }

    /// <summary>Where the .eml files go.</summary>
    public string Folder { get; }

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(Folder);
        var now = _time.GetUtcNow();
        var id = Guid.NewGuid().ToString("N");
        var text = new StringBuilder()
            .Append("From: Credence <").Append(FromAddress).Append(">\r\n")
            .Append("To: ").Append(HeaderValue(message.To)).Append("\r\n")
            .Append("Subject: ").Append(EncodedWord(HeaderValue(message.Subject))).Append("\r\n")
            .Append("Date: ").Append(now.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Message-ID: <").Append(id).Append("@credence.invalid>\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(message.Body.ReplaceLineEndings("\r\n"))
            .Append("\r\n")
            .ToString();
        var name = now.ToString("yyyyMMdd-HHmmssfff", CultureInfo.InvariantCulture) + "-" + id + ".eml";
        await File.WriteAllTextAsync(Path.Combine(Folder, name), text, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
    }

    // A line break in a header value would let the submitter add headers of their own (header injection).
    private static string HeaderValue(string value) =>
        string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    private static string EncodedWord(string value) =>
        value.All(c => c is >= ' ' and <= '~') ? value : "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(value)) + "?=";
}
