using System.Net;
using System.Text.RegularExpressions;
using Credence.Store.SignOn;
using Credence.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Web.Tests.Challenges;

/// <summary>Opens letters in the server's store, drives the public form as a browser would, and reads the outbox.</summary>
internal static partial class SignOnClient
{
    public static async Task<long> OpenLetterAsync(CredenceWebFactory factory, string slug, TimeSpan? untilDeadline = null)
    {
        using var scope = factory.Services.CreateScope();
        var workflow = scope.ServiceProvider.GetRequiredService<SignOnWorkflow>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var created = await workflow.CreateAsync(
            new OpenLetterInput(slug, "Keep the junta out of the assembly", "We, the undersigned, call on the organisation to refuse the credentials.",
                now + (untilDeadline ?? TimeSpan.FromDays(14))), "test");
        Assert.True(created.Succeeded);
        Assert.True((await workflow.OpenAsync(created.Value!.Id, "test")).Succeeded);
        return created.Value.Id;
    }

    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client, string slug, string organisation, bool anonymous = false, string email = "contact@example.org", string? honeypot = null)
    {
        var token = await CredenceWebFactory.AntiforgeryTokenAsync(client, "/sign/" + slug);
        var fields = new Dictionary<string, string>
        {
            ["Organisation"] = organisation,
            ["ContactName"] = "A Contact",
            ["Email"] = email,
            ["__RequestVerificationToken"] = token,
        };
        if (anonymous) fields["Anonymous"] = "true";
        if (honeypot is not null) fields["Website"] = honeypot;
        return await client.PostAsync("/sign/" + slug, new FormUrlEncodedContent(fields));
    }

    /// <summary>Follows the link and presses the button, as the recipient of the email would.</summary>
    public static async Task<string> ConfirmAsync(HttpClient client, string confirmationToken)
    {
        var page = "/sign/confirm?token=" + Uri.EscapeDataString(confirmationToken);
        var form = await CredenceWebFactory.AntiforgeryTokenAsync(client, page);
        var response = await client.PostAsync("/sign/confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Token"] = confirmationToken,
            ["__RequestVerificationToken"] = form,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static string Outbox(CredenceWebFactory factory) => Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "outbox");

    /// <summary>The emails in the outbox sent to <paramref name="email"/>.</summary>
    public static IReadOnlyList<string> EmailsTo(CredenceWebFactory factory, string email) =>
        Directory.Exists(Outbox(factory))
            ? [.. Directory.GetFiles(Outbox(factory), "*.eml").Select(File.ReadAllText).Where(t => t.Contains("To: " + email + "\r\n", StringComparison.Ordinal))]
            : [];

    /// <summary>The confirmation token in the one email sent to <paramref name="email"/>.</summary>
    public static string TokenSentTo(CredenceWebFactory factory, string email)
    {
        var match = TokenPattern().Match(Assert.Single(EmailsTo(factory, email)));
        Assert.True(match.Success, "the email has no confirmation link");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"https://localhost/sign/confirm\?token=([A-Za-z0-9_-]+)")]
    private static partial Regex TokenPattern();
}
