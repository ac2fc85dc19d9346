namespace LeafletTool.Cli.Pdf;

/// <summary>
/// Finds the browser that prints PDFs: <c>--chromium PATH</c>, else <c>LEAFLET_CHROMIUM</c>, else Debian's Chromium,
/// <c>chromium</c>, <c>chromium-browser</c> or Google Chrome on the PATH, else the usual Chrome and Edge install
/// folders.
/// </summary>
public static class ChromiumLocator
{
    public const string EnvironmentVariable = "LEAFLET_CHROMIUM";

    /// <summary>The one line shown when no browser is found.</summary>
    public const string NotFoundMessage =
        "PDF needs Chromium, Google Chrome or Microsoft Edge and none was found: install Chromium (Debian or Ubuntu: "
        + "sudo apt-get install chromium fonts-dejavu-core fonts-liberation), or give its path with --chromium PATH or "
        + "LEAFLET_CHROMIUM.";

    private static readonly string[] PathNames = ["chromium", "chromium-browser", "google-chrome",
        "google-chrome-stable", "chrome", "msedge"];

    /// <summary>The browser to use, or null when none is found. An explicit path that does not exist is a usage
    /// error.</summary>
    public static string? Find(string? explicitPath, Func<string, string?> environment)
        => Find(explicitPath, environment, File.Exists);

    /// <summary>As <see cref="Find(string?, Func{string, string?})"/>, with the file-system check given (for
    /// tests).</summary>
    public static string? Find(string? explicitPath, Func<string, string?> environment, Func<string, bool> exists)
    {
        foreach (var (given, source)
            in new[] { (explicitPath, "--chromium"), (environment(EnvironmentVariable), EnvironmentVariable) })
        {
            if (string.IsNullOrWhiteSpace(given)) continue;
            var full = Path.GetFullPath(given);
            if (exists(full)) return full;
            throw new UsageException($"{source} names '{given}', which does not exist");
        }

        return Candidates(environment).FirstOrDefault(exists);
    }

    private static IEnumerable<string> Candidates(Func<string, string?> environment)
    {
        if (!OperatingSystem.IsWindows()) yield return "/usr/lib/chromium/chromium";
        var extensions = OperatingSystem.IsWindows() ? new[] { ".exe" } : new[] { "" };
        foreach (var folder
            in (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in PathNames)
            {
                foreach (var extension in extensions) yield return Path.Combine(folder, name + extension);
            }
        }

        if (OperatingSystem.IsWindows())
        {
            foreach (var root
                in new[] { environment("ProgramFiles"), environment("ProgramFiles(x86)"), environment("LOCALAPPDATA") })
            {
                if (string.IsNullOrEmpty(root)) continue;
                yield return Path.Combine(root, "Google", "Chrome", "Application", "chrome.exe");
                yield return Path.Combine(root, "Chromium", "Application", "chrome.exe");
                yield return Path.Combine(root, "Microsoft", "Edge", "Application", "msedge.exe");
            }
        }

        if (OperatingSystem.IsMacOS())
        {
            yield return "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
            yield return "/Applications/Chromium.app/Contents/MacOS/Chromium";
            yield return "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge";
        }
    }
}
