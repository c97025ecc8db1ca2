using System.Threading.RateLimiting;
using Credence.Store.Access;
using Credence.Store.Audit;
using Credence.Store.Data;
using Credence.Store.Screening;
using Credence.Web.Challenges;
using Credence.Web.Credentials;
using Credence.Web.Endpoints;
using Credence.Web.Lists;
using Credence.Web.Monitoring;
using Credence.Web.Screening;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Scalar.AspNetCore;

namespace Credence.Web.Hosting;

/// <summary>Wires the server: store, identity, keys, policies, rate limits, pages, endpoints and error handling.</summary>
public static class ServerSetup
{
    /// <summary>The rate-limiter policy on the login form.</summary>
    public const string LoginRateLimit = "login";

    /// <summary>The scheme that picks the API key handler when a key is sent, and the login cookie otherwise.</summary>
    private const string SelectorScheme = "Credence";

    public static WebApplicationBuilder AddCredenceServer(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var section = builder.Configuration.GetSection(CredenceServerOptions.Section);
        services.AddOptions<CredenceServerOptions>()
            .Bind(section)
            .Configure(o => o.Database = builder.Configuration["db"] ?? o.Database)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = section.Get<CredenceServerOptions>() ?? new CredenceServerOptions();
        var location = StoreLocation.From(builder.Configuration, options);

        services.AddSingleton(TimeProvider.System);
        if (location.IsPostgres)
        {
            var connection = CredenceDatabase.PostgresConnectionString(location.Database);
            services.AddPooledDbContextFactory<CredencePostgresDbContext>(o => o.UseNpgsql(connection));
            services.AddSingleton<IDbContextFactory<CredenceDbContext>, PostgresContextFactory>();
        }
        else
        {
            services.AddPooledDbContextFactory<CredenceDbContext>(o => o.UseSqlite(ConnectionString(location.Database)).AddInterceptors(new SqlitePragmas(options.SqliteSynchronous, options.SqliteWalAutocheckpointPages)));
        }
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CredenceDbContext>>().CreateDbContext());
        services.AddSingleton(location);
        services.AddScoped<AuditLog>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<ApiKeyAdministration>();
        services.AddScoped<ScreeningRecorder>(sp => new ScreeningRecorder(
            sp.GetRequiredService<CredenceDbContext>(), sp.GetRequiredService<TimeProvider>()));
        // Screening needs no store: one screener serves every request, so a screening request rents no database context.
        services.AddSingleton(sp => new SubjectScreener(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CorpusProvider>();
        services.AddSingleton<ScreeningWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<ScreeningWriter>());
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<Networks.NetworkProvider>();
        services.AddCredenceLists();
        services.AddCredenceMonitoring();
        services.AddCredenceReview();
        services.AddCredenceScreening();
        services.AddCredenceCredentials();
        services.AddCredenceChallenges();

        AddIdentity(services, options);
        services.AddAuthorization(CredencePolicies.Add);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only attempts count: showing the form is free.
            limiter.AddPolicy(LoginRateLimit, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("form")
                : RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(f => f.MultipartBodyLengthLimit = options.MaxUploadBytes);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = options.MaxUploadBytes);

        // Keys that protect cookies live beside the store, so a restart (or a second instance on the same store) keeps sessions valid.
        services.AddDataProtection()
            .SetApplicationName("Credence")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(location.DataFolder, "keys")));
        services.AddProblemDetails();
        services.AddRazorPages(pages =>
        {
            pages.Conventions.AllowAnonymousToPage("/Login");
            pages.Conventions.AllowAnonymousToPage("/Error");
        });
        services.AddAntiforgery(a =>
        {
            a.Cookie.Name = "credence.af";
            a.Cookie.SameSite = SameSiteMode.Strict;
            // The anti-forgery cookie is no credential on its own (it only pairs with the form's token), and ASP.NET refuses to
            // issue an always-secure one over plain HTTP, which the loopback installation uses; so it follows the request.
            a.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Credence API";
            document.Info.Description = "Sanctions screening with explained hits, review and audit. Authenticate with an API key "
                + "('Authorization: Bearer KEY' or 'X-Api-Key: KEY').";
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication UseCredenceServer(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Programs get ProblemDetails JSON for every error; people get the readable error page, with the status kept.
        app.UseWhen(c => IsApiRequest(c.Request), api =>
        {
            api.UseExceptionHandler(error => error.Run(WriteProblemAsync));
            api.UseStatusCodePages(ProblemStatusAsync);
        });
        app.UseWhen(c => !IsApiRequest(c.Request), ui =>
        {
            ui.UseExceptionHandler("/error");
            ui.UseStatusCodePagesWithReExecute("/error", "?status={0}");
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthEndpoints();
        app.MapNetworkEndpoints();
        app.MapListEndpoints();
        app.MapMonitoringEndpoints();
        app.MapReviewEndpoints();
        app.MapScreeningEndpoints();
        app.MapCredentialsEndpoints();
        app.MapChallengeEndpoints();
        app.MapOpenApi().RequireAuthorization(CredencePolicies.Read);
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Credence API")).RequireAuthorization(CredencePolicies.Read);
        app.MapRazorPages();
        return app;
    }

    /// <summary>
    /// Migrates the store, loads the demo list into an empty store, and creates the first admin when there is no user,
    /// printing the generated password once.
    /// </summary>
    public static async Task PrepareCredenceStoreAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await StartupTasks.RunAsync(app.Services, Console.Out, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True for requests a program makes (the API, the yente endpoint, OpenAPI), which get JSON rather than pages.</summary>
    public static bool IsApiRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path;
        return (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !path.StartsWithSegments("/api/docs", StringComparison.OrdinalIgnoreCase))
            || path.StartsWithSegments("/match", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
            || ApiKeyAuthenticationHandler.HasKey(request);
    }

    private static string ConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();

    private static void AddIdentity(IServiceCollection services, CredenceServerOptions options)
    {
        services.AddIdentity<IdentityUser, IdentityRole>(identity =>
            {
                AccessServices.ConfigureIdentity(identity);
                identity.Lockout.MaxFailedAccessAttempts = options.MaxFailedLogins;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(options.LockoutMinutes);
            })
            .AddEntityFrameworkStores<CredenceDbContext>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "credence.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = options.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(options.SessionMinutes);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/login";
            cookie.LogoutPath = "/logout";
            cookie.AccessDeniedPath = "/forbidden";
            // A program calling the API gets a status code, never a redirect to the login page.
            cookie.Events.OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Challenge(context, StatusCodes.Status403Forbidden);
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthentication(auth =>
            {
                // AddIdentity made the cookie the default for authenticating; the selector must come first.
                auth.DefaultScheme = SelectorScheme;
                auth.DefaultAuthenticateScheme = SelectorScheme;
                auth.DefaultChallengeScheme = SelectorScheme;
                auth.DefaultForbidScheme = SelectorScheme;
            })
            .AddPolicyScheme(SelectorScheme, "API key or login", scheme => scheme.ForwardDefaultSelector = context =>
                ApiKeyAuthenticationHandler.HasKey(context.Request) ? ApiKeyAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
    }

    private static Task Challenge(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (!IsApiRequest(context.Request))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }
        return Results.Problem(
                statusCode: status,
                title: status == StatusCodes.Status401Unauthorized ? "Authentication required" : "Forbidden",
                detail: status == StatusCodes.Status401Unauthorized
                    ? "Send a valid API key as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY', or sign in."
                    : "Your role does not allow this action.")
            .ExecuteAsync(context.HttpContext);
    }

    // Unexpected errors on the API: a ProblemDetails, never a stack trace.
    private static async Task WriteProblemAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        await Results.Problem(
                statusCode: status,
                title: error is BadHttpRequestException ? "Bad request" : "Unexpected error",
                detail: error is BadHttpRequestException ? error.Message : "The server could not complete the request; it has been logged.")
            .ExecuteAsync(context)
            .ConfigureAwait(false);
    }

    private static async Task ProblemStatusAsync(StatusCodeContext context) =>
        await Results.Problem(statusCode: context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext).ConfigureAwait(false);
}
