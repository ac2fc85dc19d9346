using System.Net;
using System.Net.Sockets;
using LeafletTool.Cli.Serve;

namespace LeafletTool.Cli.Tests.Serve;

/// <summary>A preview of a scratch folder on a free port, stopped at the end of the test.</summary>
public sealed class PreviewHost : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;

    public PreviewHost(TempFolder folder, string? templates = null)
    {
        Folder = folder;
        var leaflets = Path.Combine(folder.Path, "leaflets");
        Directory.CreateDirectory(leaflets);
        var templatesDir = templates ?? Path.Combine(Repository.Root(), "templates");
        var builder = new PreviewBuilder(leaflets, templatesDir, folder.Path, _ => null, () => new DateOnly(2026, 11,
            23));
        // A port found free can be taken by another test's server or process before this one binds it: try anew.
        PreviewSession? session = null;
        for (var attempt = 0; attempt < 20 && session is null; attempt++)
        {
            session = PreviewSession.Start(builder, leaflets, templatesDir, FreePort(), Log.Add);
        }

        Session = session ?? throw new InvalidOperationException("no free port in 20 tries");
        running = Session.RunAsync(stop.Token);
        Client = new HttpClient { BaseAddress = new Uri($"http://localhost:{Session.Port}/") };
    }

    public TempFolder Folder { get; }

    public PreviewSession Session { get; }

    public HttpClient Client { get; }

    public List<string> Log { get; } = [];

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public string Get(string path) => Client.GetStringAsync(path).GetAwaiter().GetResult();

    public HttpResponseMessage Send(HttpRequestMessage request) => Client.SendAsync(request).GetAwaiter().GetResult();

    /// <summary>Waits (up to 10 s) until the page at <paramref name="path"/> satisfies <paramref name="test"/>.
    /// </summary>
    public string WaitFor(string path, Func<string, bool> test)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string page;
        do
        {
            var response = Client.GetAsync(path).GetAwaiter().GetResult();
            page = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (test(page)) return page;
            Thread.Sleep(30);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"{path} never changed as expected; last:\n{page[..Math.Min(page.Length, 2000)]}");
        return page;
    }

    public void Dispose()
    {
        stop.Cancel();
        running.Wait(TimeSpan.FromSeconds(5));
        Session.Dispose();
        Client.Dispose();
    }
}
