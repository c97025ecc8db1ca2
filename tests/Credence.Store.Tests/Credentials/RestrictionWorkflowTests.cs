using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;
using static Credence.Store.Tests.Credentials.CredentialsScenario;

namespace Credence.Store.Tests.Credentials;

public sealed class RestrictionWorkflowTests
{
    [Fact]
    public async Task RecordAppealAsync_RestrictionAppealed_StaysInForce()
    {
        using var s = await CreateAsync();
        var restriction = Ok(await s.Restrictions.ImposeAsync(
            new RestrictionInput(s.Myanmar, RestrictionType.Vote, "constitution/art-3", new DateOnly(2021, 11, 1), new DateOnly(2022, 10, 31)), "secretariat"));

        var appealed = Ok(await s.Restrictions.RecordAppealAsync(restriction.Id, new DateOnly(2021, 11, 5), "secretariat"));

        Assert.True(appealed.Appealed);
        Assert.Equal(restriction.Id, Assert.Single(await s.Restrictions.InForceAsync(s.Myanmar, new DateOnly(2021, 11, 23))).Id);
        Assert.Equal(CredentialsStatus.Conflict, (await s.Restrictions.RecordAppealAsync(restriction.Id, new DateOnly(2021, 11, 6), "secretariat")).Status);
    }

    [Fact]
    public async Task LiftAsync_AppealUpheld_NotInForceFromThatDay()
    {
        using var s = await CreateAsync();
        var restriction = Ok(await s.Restrictions.ImposeAsync(
            new RestrictionInput(s.Myanmar, RestrictionType.Candidacy, "Executive Committee decision", new DateOnly(2021, 11, 1)), "secretariat"));
        Ok(await s.Restrictions.RecordAppealAsync(restriction.Id, new DateOnly(2021, 11, 2), "secretariat"));

        Ok(await s.Restrictions.LiftAsync(restriction.Id, new DateOnly(2021, 12, 1), "appeal upheld", "secretariat"));

        Assert.Single(await s.Restrictions.InForceAsync(s.Myanmar, new DateOnly(2021, 11, 30)));
        Assert.Empty(await s.Restrictions.InForceAsync(s.Myanmar, new DateOnly(2021, 12, 1)));
    }

    [Theory]
    [InlineData("2021-10-31", false)]
    [InlineData("2021-11-01", true)]
    [InlineData("2021-12-31", true)]
    [InlineData("2022-01-01", false)]
    public void IsInForceOn_Dates_BoundsInclusive(string day, bool expected)
    {
        var restriction = new Restriction
        {
            LegalBasis = "x",
            RecordedBy = "x",
            StartsOn = new DateOnly(2021, 11, 1),
            EndsOn = new DateOnly(2021, 12, 31),
            Appealed = true,
        };

        Assert.Equal(expected, restriction.IsInForceOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task ImposeAsync_NoLegalBasisOrEndBeforeStart_Invalid()
    {
        using var s = await CreateAsync();

        var result = await s.Restrictions.ImposeAsync(
            new RestrictionInput(s.Myanmar, RestrictionType.Services, " ", new DateOnly(2021, 11, 2), new DateOnly(2021, 11, 1)), "secretariat");

        Assert.Equal(["legalBasis", "endsOn"], result.Errors.Select(e => e.Field));
    }
}
