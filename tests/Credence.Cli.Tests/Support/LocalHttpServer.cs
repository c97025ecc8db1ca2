using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Credence.Cli.Tests.Support;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 and a free port, for <c>lists update</c> tests: each request gets the answer a
/// function gives for (path, request number), or no answer at all (to test timeouts). It never talks to anything else.
/// </summary>
internal sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<string, int, Answer?> _answer;
    private readonly Task _loop;
    private int _requests;

    public LocalHttpServer(Func<string, int, Answer?> answer)
    {
        _answer = answer;
        _listener.Start();
        BaseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = AcceptAsync();
    }

    public Uri BaseUri { get; }

    public int Requests => Volatile.Read(ref _requests);

    public Uri Url(string path) => new(BaseUri, path);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var path = await ReadRequestPathAsync(stream);
                if (path is null) return;
                var answer = _answer(path, Interlocked.Increment(ref _requests));
                if (answer is null)
                {
                    // Never answer: the client's timeout has to end it.
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                    return;
                }
                var head = $"HTTP/1.1 {answer.Status} {(HttpStatusCode)answer.Status}\r\nContent-Type: {answer.ContentType}\r\nContent-Length: {answer.Body.Length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
                await stream.WriteAsync(answer.Body, _stop.Token);
                await stream.FlushAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away or the server stopped.
            }
        }
    }

    private async Task<string?> ReadRequestPathAsync(NetworkStream stream)
    {
        var buffer = new byte[8192];
        var received = new StringBuilder();
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0 || received.Length > 65536) return null;
            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
        var requestLine = received.ToString().Split("\r\n")[0].Split(' ');
        return requestLine.Length >= 2 ? requestLine[1] : null;
    }

    /// <summary>An HTTP answer.</summary>
    internal sealed record Answer(int Status, byte[] Body, string ContentType = "application/octet-stream")
    {
        public static Answer Ok(byte[] body) => new(200, body);

        public static Answer Text(int status, string body) => new(status, Encoding.UTF8.GetBytes(body), "text/plain");
    }
}
