namespace LeafletTool.Cli.Pdf;

/// <summary>
/// The flags of a quiet, private, headless browser that only prints local files: DevTools over a pipe (no port),
/// and nothing that reaches out to the network on its own (updates, sync, metrics, crash reports, safe browsing,
/// field trials, prefetching, proxies found on the computer); every host name resolves to nothing.
/// </summary>
internal static class ChromiumArguments
{
    /// <summary>Features that would talk to servers or change the page; turned off.</summary>
    public const string DisabledFeatures = "Translate,MediaRouter,OptimizationHints,OptimizationHintsFetching,"
        + "AutofillServerCommunication,CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions,"
        + "DialMediaRouteProvider,NetworkTimeServiceQuerying,SafeBrowsing,PrivacySandboxSettings4";

    /// <summary>The flags, with DevTools over the pipe on descriptors 3 and 4 (Linux and macOS) or, on Windows,
    /// over a port (<paramref name="pipe"/> false).</summary>
    public static IEnumerable<string> For(string profile, bool pipe)
    {
        yield return "--headless";
        yield return pipe ? "--remote-debugging-pipe" : "--remote-debugging-port=0";
        yield return $"--user-data-dir={profile}";
        yield return "--no-first-run";
        yield return "--no-default-browser-check";
        yield return "--disable-gpu";
        yield return "--disable-dev-shm-usage";
        yield return "--disable-extensions";
        yield return "--disable-default-apps";
        yield return "--disable-background-networking";
        yield return "--disable-component-update";
        yield return "--disable-sync";
        yield return "--metrics-recording-only";
        yield return "--disable-domain-reliability";
        yield return "--disable-client-side-phishing-detection";
        yield return "--safebrowsing-disable-auto-update";
        yield return "--disable-field-trial-config";
        yield return "--disable-breakpad";
        yield return "--no-pings";
        yield return "--no-service-autorun";
        yield return "--dns-prefetch-disable";
        yield return "--disable-quic";
        yield return "--no-proxy-server";
        yield return "--host-resolver-rules=MAP * ~NOTFOUND";
        yield return $"--disable-features={DisabledFeatures}";
        yield return "--mute-audio";
        if (RunsAsRoot()) yield return "--no-sandbox";
        yield return "about:blank";
    }

    /// <summary>Chromium refuses to run its sandbox as root (as in containers and CI), so it needs --no-sandbox
    /// there.</summary>
    private static bool RunsAsRoot() => !OperatingSystem.IsWindows() && Environment.UserName == "root";
}
