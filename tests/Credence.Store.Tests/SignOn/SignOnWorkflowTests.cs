using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;
using Credence.Store.SignOn;
using Microsoft.EntityFrameworkCore;
using static Credence.Store.Tests.Credentials.CredentialsScenario;

namespace Credence.Store.Tests.SignOn;

public sealed class SignOnWorkflowTests
{
    private const string Slug = "keep-the-junta-out";
    private static readonly TimeSpan ToDeadline = TimeSpan.FromDays(7);

    [Fact]
    public async Task Submit_ConfirmApprove_ListedPubliclyAndTokenNeverStored()
    {
        using var s = await CreateAsync();
        var (workflow, mail) = await OpenLetterAsync(s);

        var submitted = await workflow.SubmitAsync(Slug, new SignOnInput("Example Rights Network", "Ana Ruiz", "ana@example.org", false), "203.0.113.9", Link);
        var token = mail.LastToken();

        Assert.Equal(SignOnOutcome.Submitted, submitted.Outcome);
        Assert.Equal("ana@example.org", mail.Sent[^1].To);
        var stored = await s.Db.LetterEndorsements.SingleAsync();
        Assert.Equal(SignOnWorkflow.Sha256(token), stored.TokenHash);
        Assert.DoesNotContain(token, stored.TokenHash, StringComparison.Ordinal);
        Assert.Equal(SignOnWorkflow.Sha256("credence-sign-on:203.0.113.9"), stored.AddressHash);
        var letterId = stored.OpenLetterId;
        Assert.Empty(await workflow.ModerationQueueAsync(letterId));

        Assert.Equal(ConfirmOutcome.Confirmed, await workflow.ConfirmAsync(token));
        Assert.Equal(ConfirmOutcome.AlreadyConfirmed, await workflow.ConfirmAsync(token));
        var queued = Assert.Single(await workflow.ModerationQueueAsync(letterId));
        Assert.Empty((await workflow.PublicSignaturesAsync(letterId)).Organisations);

        Ok(await workflow.ModerateAsync(queued.Id, approve: true, null, "committee-1"));

        var list = await workflow.PublicSignaturesAsync(letterId);
        Assert.Equal([(1, "Example Rights Network")], list.Organisations);
        Assert.Empty(await workflow.ModerationQueueAsync(letterId));
        Assert.Contains(await s.Db.AuditEvents.ToListAsync(), a => a.Action == "letter.endorsement.approved" && a.Actor == "committee-1");
    }

    [Fact]
    public async Task Submit_AfterDeadline_NotOpenAndNothingStored()
    {
        using var s = await CreateAsync();
        var (workflow, mail) = await OpenLetterAsync(s);
        s.Time.Advance(ToDeadline);

        var result = await workflow.SubmitAsync(Slug, new SignOnInput("Late Group", "B", "b@example.org", false), null, Link);

        Assert.Equal(SignOnOutcome.NotOpen, result.Outcome);
        Assert.Empty(mail.Sent);
        Assert.Equal(0, await s.Db.LetterEndorsements.CountAsync());
    }

    [Theory]
    [InlineData("Example Rights Network")]
    [InlineData("EXAMPLE RIGHTS NETWORK.")]
    [InlineData("Exámple  Rights Network")]
    public async Task Submit_SameOrganisationNormalised_Duplicate(string again)
    {
        using var s = await CreateAsync();
        var (workflow, mail) = await OpenLetterAsync(s);
        await workflow.SubmitAsync(Slug, new SignOnInput("Example Rights Network", "A", "a@example.org", false), null, Link);

        var result = await workflow.SubmitAsync(Slug, new SignOnInput(again, "Someone Else", "other@example.org", false), null, Link);

        Assert.Equal(SignOnOutcome.Duplicate, result.Outcome);
        Assert.Single(mail.Sent);
    }

    [Fact]
    public async Task Confirm_AfterLifetime_ExpiredAndTheOrganisationMaySubmitAgain()
    {
        using var s = await CreateAsync();
        var (workflow, mail) = await OpenLetterAsync(s);
        await workflow.SubmitAsync(Slug, new SignOnInput("Example Rights Network", "A", "a@example.org", false), null, Link);
        var token = mail.LastToken();
        s.Time.Advance(SignOnWorkflow.DefaultConfirmationLifetime + TimeSpan.FromMinutes(1));

        Assert.Equal(ConfirmOutcome.Expired, await workflow.ConfirmAsync(token));
        Assert.Equal(ConfirmOutcome.Unknown, await workflow.ConfirmAsync("not-a-token"));
        var again = await workflow.SubmitAsync(Slug, new SignOnInput("Example Rights Network", "A", "a@example.org", false), null, Link);
        Assert.Equal(SignOnOutcome.Submitted, again.Outcome);
    }

    [Theory]
    [InlineData("", "A", "a@example.org", "organisation")]
    [InlineData("Example", "", "a@example.org", "contactName")]
    [InlineData("Example", "A", "not an email", "email")]
    [InlineData("Example", "A", "Eve <eve@example.org>", "email")]
    [InlineData("Example", "A", "a@example.org\r\nBcc: x@example.org", "email")]
    public async Task Submit_BadField_InvalidNamingIt(string organisation, string contact, string email, string field)
    {
        using var s = await CreateAsync();
        var (workflow, mail) = await OpenLetterAsync(s);

        var result = await workflow.SubmitAsync(Slug, new SignOnInput(organisation, contact, email, false), null, Link);

        Assert.Equal(SignOnOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Field == field);
        Assert.Empty(mail.Sent);
    }

    [Fact]
    public async Task PublishAsync_ApprovedOnly_NamedBecomeEndorsementsAnonymousCounted()
    {
        using var s = await CreateAsync();
        var (workflow, mail) = await OpenLetterAsync(s);
        var letterId = (await s.Db.OpenLetters.SingleAsync()).Id;
        await SignAndConfirmAsync(workflow, mail, "Zeta Voices", anonymous: false);
        await SignAndConfirmAsync(workflow, mail, "Alpha Watch", anonymous: false);
        await SignAndConfirmAsync(workflow, mail, "Hidden Group", anonymous: true);
        await SignAndConfirmAsync(workflow, mail, "Spam Inc", anonymous: false);
        var queue = await workflow.ModerationQueueAsync(letterId);
        foreach (var e in queue)
        {
            var approve = e.Organisation != "Spam Inc";
            Ok(await workflow.ModerateAsync(e.Id, approve, approve ? null : "Not an organisation", "secretariat"));
        }
        var publicList = await workflow.PublicSignaturesAsync(letterId);
        Assert.Equal(["Alpha Watch", "Zeta Voices"], publicList.Organisations.Select(o => o.Name));
        Assert.Equal((1, 3), (publicList.Anonymous, publicList.Total));
        Ok(await workflow.CloseAsync(letterId, "secretariat"));

        var summary = Ok(await workflow.PublishAsync(letterId, new ChallengeTargetRef(s.SessionId, ChallengeTarget.Authority, s.Junta), "secretariat"));

        Assert.Equal([(1, "Alpha Watch"), (2, "Zeta Voices")], summary.Endorsements.Select(e => (e.Number, e.Organisation)));
        Assert.Equal((1, 3), (summary.Challenge.AnonymousEndorsements, summary.TotalEndorsements));
        Assert.Equal(summary.Challenge.Id, (await s.Db.OpenLetters.SingleAsync()).ChallengeId);
        var again = await workflow.PublishAsync(letterId, new ChallengeTargetRef(s.SessionId, ChallengeTarget.Authority, s.Junta), "secretariat");
        Assert.Equal(CredentialsStatus.Conflict, again.Status);
        var late = await workflow.ModerateAsync(queue[0].Id, approve: false, "changed my mind", "secretariat");
        Assert.Equal(CredentialsStatus.Locked, late.Status);
    }

    [Fact]
    public async Task ModerateAsync_RejectWithoutReasonOrUnconfirmed_Invalid()
    {
        using var s = await CreateAsync();
        var (workflow, mail) = await OpenLetterAsync(s);
        await workflow.SubmitAsync(Slug, new SignOnInput("Example", "A", "a@example.org", false), null, Link);
        var id = (await s.Db.LetterEndorsements.SingleAsync()).Id;

        Assert.Equal(CredentialsStatus.Invalid, (await workflow.ModerateAsync(id, approve: true, null, "x")).Status);
        await workflow.ConfirmAsync(mail.LastToken());
        Assert.Equal(CredentialsStatus.Invalid, (await workflow.ModerateAsync(id, approve: false, " ", "x")).Status);
        Assert.Equal(EndorsementModeration.Rejected, Ok(await workflow.ModerateAsync(id, approve: false, "Duplicate of a member group", "x")).Moderation);
    }

    [Fact]
    public async Task OpenAsync_FreezesTextWithItsHash_EditsRefusedAfterwards()
    {
        using var s = await CreateAsync();
        var workflow = new SignOnWorkflow(s.Db, s.Time, s.Audit, new RecordingEmailSender());
        var draft = Ok(await workflow.CreateAsync(new OpenLetterInput(Slug, "Title", "Draft text", s.Time.GetUtcNow() + ToDeadline), "secretariat"));
        Assert.Equal(SignOnOutcome.NotOpen, (await workflow.SubmitAsync(Slug, new SignOnInput("Early", "A", "a@example.org", false), null, Link)).Outcome);
        Ok(await workflow.UpdateDraftAsync(draft.Id, "Title", "Final text", "secretariat"));

        var opened = Ok(await workflow.OpenAsync(draft.Id, "secretariat"));

        Assert.Equal(SignOnWorkflow.Sha256("Final text"), opened.TextSha256);
        Assert.Equal(CredentialsStatus.Locked, (await workflow.UpdateDraftAsync(draft.Id, "Title", "Changed", "secretariat")).Status);
        Assert.Equal(CredentialsStatus.Conflict, (await workflow.CreateAsync(new OpenLetterInput(Slug, "Other", "x", s.Time.GetUtcNow() + ToDeadline), "secretariat")).Status);
        Assert.Equal(CredentialsStatus.Invalid, (await workflow.CreateAsync(new OpenLetterInput("confirm", "Other", "x", s.Time.GetUtcNow() + ToDeadline), "secretariat")).Status);
    }

    [Fact]
    public async Task OutboxEmailSender_WritesEmlWithoutHeaderInjection()
    {
        var folder = Path.Combine(Path.GetTempPath(), "credence-outbox-" + Guid.NewGuid().ToString("N"));
        try
        {
            var sender = new OutboxEmailSender(folder, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2021, 11, 10, 9, 0, 0, TimeSpan.Zero)));

            await sender.SendAsync(new EmailMessage("a@example.org", "Confirm\r\nBcc: x@example.org", "Hello Café"));

            var text = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(folder, "*.eml")));
            Assert.Contains("To: a@example.org\r\n", text, StringComparison.Ordinal);
            Assert.Contains("Subject: Confirm Bcc: x@example.org\r\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\r\nBcc:", text, StringComparison.Ordinal);
            Assert.Contains("Date: Wed, 10 Nov 2021 09:00:00 +0000", text, StringComparison.Ordinal);
            Assert.EndsWith("\r\n\r\nHello Café\r\n", text, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static string Link(string token) => "https://credence.example/sign/confirm?token=" + Uri.EscapeDataString(token);

    private static async Task<(SignOnWorkflow Workflow, RecordingEmailSender Mail)> OpenLetterAsync(Credentials.CredentialsScenario s)
    {
        var mail = new RecordingEmailSender();
        var workflow = new SignOnWorkflow(s.Db, s.Time, s.Audit, mail);
        var letter = Ok(await workflow.CreateAsync(new OpenLetterInput(Slug, "Keep the junta out", "We, the undersigned ...", s.Time.GetUtcNow() + ToDeadline), "secretariat"));
        Ok(await workflow.OpenAsync(letter.Id, "secretariat"));
        return (workflow, mail);
    }

    private static async Task SignAndConfirmAsync(SignOnWorkflow workflow, RecordingEmailSender mail, string organisation, bool anonymous)
    {
        var result = await workflow.SubmitAsync(Slug, new SignOnInput(organisation, "Contact", "c@example.org", anonymous), null, Link);
        Assert.Equal(SignOnOutcome.Submitted, result.Outcome);
        Assert.Equal(ConfirmOutcome.Confirmed, await workflow.ConfirmAsync(mail.LastToken()));
    }
}
