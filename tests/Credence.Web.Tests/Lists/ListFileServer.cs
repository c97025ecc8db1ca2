using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Credence.Web.Tests.Lists;

/// <summary>A publisher on 127.0.0.1 (a free port) serving whatever list file, status or delay a test sets.</summary>
public sealed class ListFileServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private volatile Answer _answer = new(HttpStatusCode.NotFound, "", TimeSpan.Zero);

    private ListFileServer(WebApplication app) => _app = app;

    /// <summary>The address of the list file, e.g. http://127.0.0.1:41234/wanted.csv.</summary>
    public Uri ListUrl { get; private set; } = null!;

    public int Requests { get; private set; }

    public static async Task<ListFileServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ListFileServer(app);
        app.MapGet("/wanted.csv", server.ServeAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.ListUrl = new Uri(new Uri(address), "/wanted.csv");
        return server;
    }

    public void Serve(string body) => _answer = new Answer(HttpStatusCode.OK, body, TimeSpan.Zero);

    public void Fail(HttpStatusCode status) => _answer = new Answer(status, "", TimeSpan.Zero);

    public void Stall(TimeSpan delay, string body) => _answer = new Answer(HttpStatusCode.OK, body, delay);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task ServeAsync(HttpContext context)
    {
        Requests++;
        var answer = _answer;
        if (answer.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(answer.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        context.Response.StatusCode = (int)answer.Status;
        context.Response.ContentType = "text/csv";
        await context.Response.WriteAsync(answer.Body, context.RequestAborted);
    }

    private sealed record Answer(HttpStatusCode Status, string Body, TimeSpan Delay);
}
