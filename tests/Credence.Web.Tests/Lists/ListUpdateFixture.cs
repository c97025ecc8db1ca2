using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Lists;

/// <summary>A list publisher on 127.0.0.1 and a server whose "custom" source is fetched from it, impatiently.</summary>
public sealed class ListUpdateFixture : IAsyncLifetime
{
    public ListFileServer Publisher { get; private set; } = null!;

    public CredenceWebFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        Publisher = await ListFileServer.StartAsync();
        Factory.Settings["Credence:Lists:Sources:custom:Urls:0"] = Publisher.ListUrl.ToString();
        Factory.Settings["Credence:Lists:UpdateInterval"] = "00:00:00";
        Factory.Settings["Credence:Lists:Retries"] = "1";
        Factory.Settings["Credence:Lists:RetryDelay"] = "00:00:00.050";
        Factory.Settings["Credence:Lists:AttemptTimeout"] = "00:00:01";
        Factory.Settings["Credence:Lists:TotalTimeout"] = "00:00:05";
        Factory.Settings["Credence:Lists:DownloadTimeout"] = "00:00:05";
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Publisher.DisposeAsync();
    }
}
