using System.Text.RegularExpressions;
using Credence.Store.SignOn;

namespace Credence.Store.Tests.SignOn;

/// <summary>Keeps the emails the workflow sends, and finds the confirmation token in them.</summary>
internal sealed partial class RecordingEmailSender : IEmailSender
{
    public List<EmailMessage> Sent { get; } = [];

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Sent.Add(message);
        return Task.CompletedTask;
    }

    public string LastToken()
    {
        var match = TokenPattern().Match(Sent[^1].Body);
        Assert.True(match.Success, "the email carries no confirmation link");
        return Uri.UnescapeDataString(match.Groups[1].Value);
    }

    [GeneratedRegex(@"token=([A-Za-z0-9_%-]+)")]
    private static partial Regex TokenPattern();
}
