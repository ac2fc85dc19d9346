using LeafletTool.Cli.Pdf;

namespace LeafletTool.Cli.Tests.Pdf;

/// <summary>The browser's flags, the pages it may load and the removal of folders left by killed runs, without a
/// browser (the real browser is tested in LeafletTool.Browser.Tests).</summary>
public class ChromiumSafetyUnitTests
{
    [Fact]
    public void The_browser_is_driven_over_a_pipe_and_keeps_off_the_network()
    {
        var flags = ChromiumArguments.For("/tmp/p", pipe: true).ToList();
        Assert.Contains("--remote-debugging-pipe", flags);
        Assert.DoesNotContain(flags, f => f.StartsWith("--remote-debugging-port", StringComparison.Ordinal));
        foreach (var flag in new[]
        {
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--metrics-recording-only", "--disable-domain-reliability", "--disable-client-side-phishing-detection",
            "--disable-default-apps", "--no-pings", "--dns-prefetch-disable", "--disable-breakpad",
            "--safebrowsing-disable-auto-update", "--disable-field-trial-config", "--no-proxy-server",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=/tmp/p", "--headless",
        })
        {
            Assert.Contains(flag, flags);
        }

        var features = Assert.Single(flags, f => f.StartsWith("--disable-features=", StringComparison.Ordinal));
        foreach (var feature in new[] { "Translate", "OptimizationHints", "SafeBrowsing", "MediaRouter" })
        {
            Assert.Contains(feature, features.Split('=', ',').Skip(1));
        }

        Assert.Equal("about:blank", flags[^1]);
        Assert.Contains("--remote-debugging-port=0", ChromiumArguments.For("/tmp/p", pipe: false));
    }

    [Fact]
    public void Only_files_in_the_work_folder_may_be_loaded()
    {
        using var temp = new TempFolder();
        var work = Path.Combine(temp.Path, "pages");
        Assert.True(PdfPrinter.IsAllowed(new Uri(Path.Combine(work, "a.html")).AbsoluteUri, work));
        Assert.True(PdfPrinter.IsAllowed("data:image/png;base64,AAAA", work));
        Assert.False(PdfPrinter.IsAllowed(new Uri(Path.Combine(temp.Path, "secret.txt")).AbsoluteUri, work));
        Assert.False(PdfPrinter.IsAllowed(new Uri(Path.Combine(work, "..", "secret.txt")).AbsoluteUri, work));
        Assert.False(PdfPrinter.IsAllowed(new Uri(work + "-other" + "/a.html").AbsoluteUri, work));
        Assert.False(PdfPrinter.IsAllowed("http://127.0.0.1:8080/image.png", work));
        Assert.False(PdfPrinter.IsAllowed("https://www.google.com/", work));
        Assert.False(PdfPrinter.IsAllowed("file://server/share/a.html", work));
        Assert.False(PdfPrinter.IsAllowed("chrome://settings", work));
    }

    [Fact]
    public void Folders_of_killed_runs_are_removed_and_nothing_else()
    {
        using var temp = new TempFolder();
        string Folder(string name, string? owner)
        {
            var folder = Directory.CreateDirectory(Path.Combine(temp.Path, name)).FullName;
            File.WriteAllText(Path.Combine(folder, "profile.txt"), "x");
            if (owner is not null) File.WriteAllText(Path.Combine(folder, ProfileFolder.OwnerFile), owner);
            return folder;
        }

        using var self = System.Diagnostics.Process.GetCurrentProcess();
        var started = self.StartTime.ToUniversalTime().Ticks;
        var dead = Folder("leaflet-chromium-dead", $"{int.MaxValue - 1} {started}\n");
        var reused = Folder("leaflet-chromium-reused", $"{Environment.ProcessId} {started - TimeSpan.TicksPerHour}\n");
        var alive = Folder("leaflet-chromium-alive", $"{Environment.ProcessId} {started}\n");
        var unowned = Folder("leaflet-chromium-unowned", null);
        var garbled = Folder("leaflet-chromium-garbled", "not a process\n");
        var other = Folder("other-dead", $"{int.MaxValue - 1} {started}\n");

        Assert.Equal(2, ProfileFolder.RemoveStale(temp.Path));
        Assert.False(Directory.Exists(dead));
        Assert.False(Directory.Exists(reused));
        Assert.All(new[] { alive, unowned, garbled, other }, f => Assert.True(Directory.Exists(f), f));
    }

    [Fact]
    public void A_new_folder_names_its_owner()
    {
        var root = ProfileFolder.Create();
        try
        {
            Assert.StartsWith(ProfileFolder.Prefix, Path.GetFileName(root), StringComparison.Ordinal);
            var owner = File.ReadAllText(Path.Combine(root, ProfileFolder.OwnerFile)).Split(' ');
            Assert.Equal(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), owner[0]);
            ProfileFolder.RemoveStale(Path.GetDirectoryName(root));
            Assert.True(Directory.Exists(root), "A running tool's folder was removed.");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
