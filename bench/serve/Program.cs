using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using LeafletTool.ServeBench;
using Microsoft.Playwright;

// Usage: ServeBench LEAFLET_BINARY WORKING_FOLDER LEAFLETS_FOLDER [EDITS] [PORT]
// Starts `leaflet serve LEAFLETS_FOLDER` in WORKING_FOLDER, times start to first page served, opens the first
// leaflet's page in Chromium (LEAFLET_CHROMIUM or /usr/bin/chromium), then EDITS times: rewrites the leaflet's
// title and times until the new title is in the page (the page reloads itself over Server-Sent Events).
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: ServeBench LEAFLET_BINARY WORKING_FOLDER LEAFLETS_FOLDER [EDITS] [PORT]");
    return 2;
}

var (binary, work, leaflets) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]), args[2]);
var edits = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20;
var port = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 18780;
var folder = Path.Combine(work, leaflets);
var file = Directory.GetFiles(folder, "*.yaml").Where(f => Path.GetFileName(f) != "leaflettool.yaml")
    .Order(StringComparer.Ordinal).First();
var slug = Path.GetFileNameWithoutExtension(file);
var original = File.ReadAllText(file);
using var http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}/") };

var start = new ProcessStartInfo(binary, ["serve", leaflets, "--port", port.ToString(CultureInfo.InvariantCulture)])
{
    WorkingDirectory = work,
    RedirectStandardOutput = true,
    RedirectStandardError = true,
};
start.Environment["LEAFLET_CACHE_DIR"] = "off";
var clock = Stopwatch.StartNew();
using var server = Process.Start(start) ?? throw new InvalidOperationException("leaflet did not start");
server.OutputDataReceived += (_, _) => { };
server.ErrorDataReceived += (_, _) => { };
server.BeginOutputReadLine();
server.BeginErrorReadLine();
try
{
    while (!await Served(http, $"{slug}.html"))
    {
        if (server.HasExited) throw new InvalidOperationException($"leaflet serve stopped: {server.ExitCode}");
        await Task.Delay(5);
    }

    Console.WriteLine($"{leaflets}: first page served {clock.ElapsedMilliseconds} ms after start "
        + $"(server CPU {Browser.CpuMs(server.Id)} ms)");
    await Browser.Measure(http, file, original, slug, port, edits, server.Id);
}
finally
{
    File.WriteAllText(file, original);
    server.Kill();
    await server.WaitForExitAsync();
}

return 0;

static async Task<bool> Served(HttpClient http, string path)
{
    try
    {
        using var response = await http.GetAsync(path);
        return response.StatusCode == HttpStatusCode.OK;
    }
    catch (HttpRequestException)
    {
        return false;
    }
}

namespace LeafletTool.ServeBench
{
    internal static class Browser
    {
        /// <summary>User and system time of a process so far (Linux; 10 ms steps), in milliseconds.</summary>
        public static long CpuMs(int pid)
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture)
                + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10;
        }

        public static async Task Measure(HttpClient http, string file, string original, string slug, int port,
            int edits, int server)
        {
            UseDriverFromPackage();
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("LEAFLET_CHROMIUM") ?? "/usr/bin/chromium",
                Headless = true,
                Args = ["--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
            });
            var page = await browser.NewPageAsync();
            await page.GotoAsync($"http://localhost:{port}/{slug}.html");
            var times = new List<double>();
            var shown = new List<double>();
            var cpu = new List<double>();
            for (var i = 1; i <= edits; i++)
            {
                var marker = $"Bench edit {i} {Environment.TickCount64 % 100000}";
                var text = Edited(original, marker);
                var clock = Stopwatch.StartNew();
                var before = CpuMs(server);
                await File.WriteAllTextAsync(file, text);
                var wrote = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                await Shows(page, marker);
                times.Add(clock.Elapsed.TotalMilliseconds);

                // When the reloaded page had the new text: its DOMContentLoaded, by the browser's clock (the same
                // system clock). Playwright's own check adds its round trips after that.
                var loaded = await page.EvaluateAsync<double>("() => performance.timing.domContentLoadedEventEnd");
                shown.Add(loaded - wrote);
                cpu.Add(CpuMs(server) - before);

                // Let the whole-folder build that follows a save finish (the index shows the new title) before the
                // next save, as an editor's next save comes seconds later.
                while (!(await http.GetStringAsync("/")).Contains(marker, StringComparison.Ordinal))
                {
                    await Task.Delay(20);
                }
            }

            times.Sort();
            shown.Sort();
            cpu.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"save to updated page (the new page's DOMContentLoaded) over {edits} edits: median "
                + $"{Percentile(shown, 0.5):F0} ms, p90 {Percentile(shown, 0.9):F0} ms, min {shown[0]:F0} ms, "
                + $"max {shown[^1]:F0} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"save to the text seen by Playwright's polling: median {Percentile(times, 0.5):F0} ms, "
                + $"p90 {Percentile(times, 0.9):F0} ms, min {times[0]:F0} ms, max {times[^1]:F0} ms; "
                + $"server CPU meanwhile median {Percentile(cpu, 0.5):F0} ms, p90 {Percentile(cpu, 0.9):F0} ms"));
        }

        private static async Task Shows(IPage page, string marker)
        {
            while (true)
            {
                try
                {
                    await page.WaitForFunctionAsync("m => document.body && document.body.innerText.includes(m)",
                        marker, new PageWaitForFunctionOptions { Timeout = 60_000 });
                    return;
                }
                catch (PlaywrightException)
                {
                    // The page reloaded while being looked at: look again in the new one.
                }
            }
        }

        /// <summary>The leaflet with <paramref name="marker"/> appended to its title (quoted or not).</summary>
        private static string Edited(string yaml, string marker)
        {
            var lines = yaml.Split('\n');
            var at = Array.FindIndex(lines, l => l.StartsWith("title:", StringComparison.Ordinal));
            var line = lines[at].TrimEnd('\r');
            lines[at] = line.EndsWith('"') || line.EndsWith('\'')
                ? line[..^1] + " " + marker + line[^1]
                : line + " " + marker;
            return string.Join('\n', lines);
        }

        private static double Percentile(List<double> sorted, double p) =>
            sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

        private static void UseDriverFromPackage()
        {
            if (Environment.GetEnvironmentVariable("PLAYWRIGHT_DRIVER_SEARCH_PATH") is { Length: > 0 }) return;
            var package = typeof(Browser).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "PlaywrightPackage")?.Value;
            Environment.SetEnvironmentVariable("PLAYWRIGHT_DRIVER_SEARCH_PATH", package);
        }
    }
}
