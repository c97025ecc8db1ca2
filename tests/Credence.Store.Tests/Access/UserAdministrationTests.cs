using Credence.Store.Access;
using Credence.Store.Data;
using Credence.Store.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Store.Tests.Access;

public sealed class UserAdministrationTests : IDisposable
{
    private readonly TestDatabase _store = TestDatabase.InMemory();
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    public UserAdministrationTests()
    {
        _services = AccessServices.Create(_store.Open(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)));
        _scope = _services.CreateAsyncScope();
    }

    private UserAdministration Users => _scope.ServiceProvider.GetRequiredService<UserAdministration>();

    public void Dispose()
    {
        _scope.Dispose();
        _services.Dispose();
        _store.Dispose();
    }

    [Fact]
    public async Task ListAsync_Users_ShowsRolesAndDisabledState()
    {
        await Users.AddAsync("root", CredenceRoles.Admin, "cli");
        await Users.AddAsync("bob", CredenceRoles.Reviewer, "cli");
        await Users.SetDisabledAsync("bob", disabled: true, "root");

        var users = await Users.ListAsync();

        Assert.Equal(
            [("bob", "reviewer", true), ("root", "admin", false)],
            users.Select(u => (u.Name, string.Join(",", u.Roles), u.Disabled)));
        Assert.All(users, u => Assert.Null(u.LockedOutUntil));
    }

    [Fact]
    public async Task SetRoleAsync_LastActiveAdmin_IsRefused()
    {
        await Users.AddAsync("root", CredenceRoles.Admin, "cli");

        var error = await Users.SetRoleAsync("root", CredenceRoles.Reviewer, "root");

        Assert.Contains("last active admin", error, StringComparison.Ordinal);
        Assert.Equal(["admin"], (await Users.ListAsync()).Single().Roles);
    }

    [Fact]
    public async Task SetDisabledAsync_LastActiveAdmin_IsRefused()
    {
        await Users.AddAsync("root", CredenceRoles.Admin, "cli");
        await Users.AddAsync("other", CredenceRoles.Admin, "cli");
        Assert.Null(await Users.SetDisabledAsync("other", disabled: true, "root"));

        var error = await Users.SetDisabledAsync("root", disabled: true, "root");

        Assert.Contains("last active admin", error, StringComparison.Ordinal);
        Assert.False((await Users.ListAsync()).Single(u => u.Name == "root").Disabled);
    }

    [Fact]
    public async Task SetRoleAsync_AnotherAdminRemains_IsAllowed()
    {
        await Users.AddAsync("root", CredenceRoles.Admin, "cli");
        await Users.AddAsync("other", CredenceRoles.Admin, "cli");

        Assert.Null(await Users.SetRoleAsync("other", CredenceRoles.ReadOnly, "root"));
        Assert.Null(await Users.SetDisabledAsync("other", disabled: true, "root"));
        Assert.Null(await Users.SetDisabledAsync("other", disabled: false, "root"));
        Assert.Null(await Users.SetRoleAsync("root", CredenceRoles.Admin, "root"));
    }
}
