using System.Security.Cryptography;
using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;
using Microsoft.EntityFrameworkCore;
using static Credence.Store.Tests.Credentials.CredentialsScenario;

namespace Credence.Store.Tests.Credentials;

public sealed class DelegationWorkflowTests
{
    [Fact]
    public async Task SubmitAsync_ValidDelegation_StoresVersionOneWithPersonsLetterAndAudit()
    {
        using var s = await CreateAsync();

        var submitted = Ok(await s.SubmitAsync(s.Myanmar, s.Junta));

        Assert.Equal(1, submitted.Delegation.Version);
        Assert.False(submitted.Delegation.IsLate);
        Assert.False(submitted.Delegation.IsLocked);
        Assert.Equal(DelegationStatus.Submitted, submitted.Delegation.Status);
        Assert.Equal(SubmissionChannel.Secretariat, submitted.Delegation.Channel);
        Assert.Equal(["Than Hlaing", "Aung Aung", "Su Su"], submitted.Persons.Select(p => p.Name));
        Assert.Equal("Su Su Hlaing", Assert.Single(submitted.Persons[2].AliasList()));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(new byte[] { 1, 2, 3 })), submitted.Letter!.Sha256);
        Assert.Equal(new byte[] { 1, 2, 3 }, submitted.Letter.Content);
        Assert.Null(submitted.Dispute);
        var version = Assert.Single(await s.Db.DelegationVersions.ToListAsync());
        Assert.Equal(submitted.Letter.Id, version.LetterId);
        Assert.Contains(await s.Db.AuditEvents.ToListAsync(), a => a.Action == "delegation.submitted" && a.Target == $"delegation:{submitted.Delegation.Id}");
    }

    [Fact]
    public async Task SubmitAsync_AfterDeadline_FlaggedLateKeptAndCommitteeTold()
    {
        using var s = await CreateAsync();
        s.Time.SetUtcNow(Deadline.AddMinutes(1));

        var submitted = Ok(await s.SubmitAsync(s.Myanmar, s.Junta));

        Assert.True(submitted.Delegation.IsLate);
        Assert.Equal(3, await s.Db.DelegationPersons.CountAsync());
        var notice = Assert.Single(await s.Committee.NoticesAsync(s.SessionId));
        Assert.Equal(CommitteeNoticeKind.LateSubmission, notice.Kind);
    }

    [Fact]
    public async Task SubmitAsync_AtTheDeadline_NotLate()
    {
        using var s = await CreateAsync();
        s.Time.SetUtcNow(Deadline);

        Assert.False(Ok(await s.SubmitAsync(s.Myanmar, s.Junta)).Delegation.IsLate);
    }

    [Fact]
    public async Task SubmitAsync_SecondAuthorityForSameMember_OpensDisputeNamingBothDelegations()
    {
        using var s = await CreateAsync();
        var first = Ok(await s.SubmitAsync(s.Myanmar, s.Junta));

        var second = Ok(await s.SubmitAsync(s.Myanmar, s.Rival, [new PersonInput(DelegationRole.Head, "Maung Maung")]));

        Assert.NotNull(second.Dispute);
        Assert.Equal(DisputeStatus.Open, second.Dispute.Status);
        var sides = await s.Db.DisputeDelegations.Where(l => l.DisputeId == second.Dispute.Id).Select(l => l.DelegationId).OrderBy(i => i).ToListAsync();
        Assert.Equal([first.Delegation.Id, second.Delegation.Id], sides);
        Assert.All(await s.Db.Delegations.ToListAsync(), d => Assert.Equal(DelegationStatus.Disputed, d.Status));
        Assert.Contains(await s.Committee.NoticesAsync(s.SessionId), n => n.Kind == CommitteeNoticeKind.DisputeOpened);
    }

    [Fact]
    public async Task SubmitAsync_SameAuthorityTwice_ConflictAndNoDispute()
    {
        using var s = await CreateAsync();
        Ok(await s.SubmitAsync(s.Myanmar, s.Junta));

        var again = await s.SubmitAsync(s.Myanmar, s.Junta);

        Assert.Equal(CredentialsStatus.Conflict, again.Status);
        Assert.Equal(0, await s.Db.RepresentationDisputes.CountAsync());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task SubmitAsync_NotExactlyOneHead_InvalidAndNothingStored(int heads)
    {
        using var s = await CreateAsync();
        var persons = Enumerable.Range(0, heads).Select(i => new PersonInput(DelegationRole.Head, $"Head {i}"))
            .Append(new PersonInput(DelegationRole.Delegate, "A Delegate")).ToList();

        var result = await s.SubmitAsync(s.Myanmar, s.Junta, persons);

        Assert.Equal(CredentialsStatus.Invalid, result.Status);
        Assert.Contains(result.Errors, e => e.Field == "persons" && e.Message.Contains("exactly one head", StringComparison.Ordinal));
        Assert.Equal(0, await s.Db.Delegations.CountAsync());
    }

    [Fact]
    public async Task SubmitAsync_BlankNameBadDateAndCountry_EachFieldNamed()
    {
        using var s = await CreateAsync();
        PersonInput[] persons =
        [
            new(DelegationRole.Head, " ") { BirthDate = "65", Nationality = "Burma" },
        ];

        var result = await s.SubmitAsync(s.Myanmar, s.Junta, persons);

        Assert.Equal(["persons[0].name", "persons[0].birthDate", "persons[0].nationality"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task SubmitAsync_FocalPoint_MayOnlyEditOwnMember()
    {
        using var s = await CreateAsync();
        Ok(await s.Delegations.AssignFocalPointAsync("fp-norway", s.Norway, "secretariat"));
        var focal = new CredentialsActor("fp-norway", IsSecretariat: false);

        var other = await s.SubmitAsync(s.Myanmar, s.Junta, actor: focal);
        var own = await s.SubmitAsync(s.Norway, s.NorwayGovernment, [new PersonInput(DelegationRole.Head, "Kari Nordmann")], focal);

        Assert.Equal(CredentialsStatus.Forbidden, other.Status);
        Assert.Equal(SubmissionChannel.FocalPoint, Ok(own).Delegation.Channel);
        Assert.Equal([s.Norway], await s.Delegations.MembersOfFocalPointAsync("fp-norway"));
        Assert.False(await s.Delegations.MayActForAsync(focal, s.Myanmar));
        Assert.True(await s.Delegations.MayActForAsync(Secretariat, s.Myanmar));
        var amendOther = await s.Delegations.AmendAsync(
            Ok(await s.SubmitAsync(s.Myanmar, s.Junta)).Delegation.Id, ThanHlaingDelegation(), null, "try", focal);
        Assert.Equal(CredentialsStatus.Forbidden, amendOther.Status);
    }

    [Fact]
    public async Task AmendAsync_Unlocked_NewVersionKeepsHistoryAndCarriesLetter()
    {
        using var s = await CreateAsync();
        var first = Ok(await s.SubmitAsync(s.Myanmar, s.Junta));
        s.Time.Advance(TimeSpan.FromDays(1));

        var amended = Ok(await s.Delegations.AmendAsync(
            first.Delegation.Id, [new PersonInput(DelegationRole.Head, "Than Hlaing"), new PersonInput(DelegationRole.Observer, "New Observer")],
            null, "observer added", Secretariat));

        Assert.Equal(2, amended.Delegation.Version);
        Assert.Equal(["Than Hlaing", "New Observer"], amended.Persons.Select(p => p.Name));
        Assert.Equal(first.Letter!.Id, amended.Letter!.Id);
        Assert.Equal(5, await s.Db.DelegationPersons.CountAsync());
        Assert.Equal([1, 2], await s.Db.DelegationVersions.OrderBy(v => v.Version).Select(v => v.Version).ToListAsync());
        Assert.Contains(await s.Db.AuditEvents.ToListAsync(), a => a.Action == "delegation.amended");
    }

    [Fact]
    public async Task SubmitAsync_UnknownSessionOrClosed_NotFoundThenLocked()
    {
        using var s = await CreateAsync();
        var unknown = await s.Delegations.SubmitAsync(
            new DelegationSubmission(999, s.Myanmar, s.Junta, ThanHlaingDelegation(), null), Secretariat);
        Ok(await s.Committee.CloseSessionAsync(s.SessionId, "secretariat"));

        var closed = await s.SubmitAsync(s.Myanmar, s.Junta);

        Assert.Equal(CredentialsStatus.NotFound, unknown.Status);
        Assert.Equal(CredentialsStatus.Locked, closed.Status);
    }
}
