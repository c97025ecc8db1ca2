using Credence.Store.Audit;
using Credence.Store.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Store.Access;

/// <summary>
/// Builds the user and key administration for a host without a web server (the command line), on the same Identity
/// configuration the server uses, so a password set here is checked the same way there.
/// </summary>
public static class AccessServices
{
    /// <summary>A service provider over <paramref name="db"/> that resolves <see cref="UserAdministration"/> and <see cref="ApiKeyAdministration"/>.</summary>
    /// <remarks>The caller disposes the provider; <paramref name="db"/> stays the caller's to dispose.</remarks>
    public static ServiceProvider Create(CredenceDbContext db, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddSingleton(db);
        services.AddIdentityCore<IdentityUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CredenceDbContext>();
        services.AddScoped<AuditLog>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<ApiKeyAdministration>();
        return services.BuildServiceProvider();
    }

    /// <summary>The Identity settings both hosts use: 12-character passwords, lockout on, a plain set of name characters.</summary>
    public static void ConfigureIdentity(IdentityOptions identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        identity.Password.RequiredLength = 12;
        identity.Password.RequireNonAlphanumeric = false;
        identity.Lockout.AllowedForNewUsers = true;
        identity.User.RequireUniqueEmail = false;
        identity.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
    }
}
