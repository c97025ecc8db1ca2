using System.Net;

namespace Credence.Store.Tests.Support;

/// <summary>Answers HTTP requests from a function, so download tests need no network.</summary>
internal sealed class StubHttpHandler(Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> answer) : HttpMessageHandler
{
    private int _requests;

    public int Requests => _requests;

    public static StubHttpHandler Serving(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new((_, _, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body) }));

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        answer(request, Interlocked.Increment(ref _requests), cancellationToken);
}
