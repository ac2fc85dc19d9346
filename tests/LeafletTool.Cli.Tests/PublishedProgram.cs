using System.Diagnostics;
using System.Globalization;

namespace LeafletTool.Cli.Tests;

/// <summary>
/// The program as users run it, in its own process. Set <c>LEAFLET_TEST_BINARY</c> to a published <c>leaflet</c>
/// (for example the Native AOT binary of <c>dotnet publish -p:PublishAot=true</c>) and every command of these tests
/// runs through that binary instead of in-process; unset, the process tests run this build's <c>leaflet.dll</c>.
/// </summary>
public static class PublishedProgram
{
    public const string Variable = "LEAFLET_TEST_BINARY";

    /// <summary>The binary under test, or null; a path that does not exist fails every test rather than testing
    /// something else.</summary>
    public static string? Binary { get; } = Find();

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(path)) return null;
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new InvalidOperationException($"{Variable} names '{full}', which does not exist.");
        return full;
    }

    /// <summary>
    /// Runs a command with nothing of this process's environment but what the test gives, as the in-process runner
    /// does, and "today" pinned to the runner's day through LEAFLET_AS_OF unless the test sets it.
    /// </summary>
    public static CliResult RunIsolated(string binary, string workingDirectory,
        IDictionary<string, string>? environment, string[] args)
    {
        var start = new ProcessStartInfo(binary) { WorkingDirectory = workingDirectory };
        start.Environment.Clear();
        start.Environment["LEAFLET_AS_OF"] = CliRunner.DefaultNow.UtcDateTime.ToString("yyyy-MM-dd",
            CultureInfo.InvariantCulture);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return Run(start, args);
    }

    /// <summary>Runs a command as a shell would: this process's environment, plus what the test gives.</summary>
    public static CliResult RunInherited(string workingDirectory, IDictionary<string, string> environment,
        string[] args)
    {
        var start = Binary is null ? new ProcessStartInfo("dotnet") : new ProcessStartInfo(Binary);
        start.WorkingDirectory = workingDirectory;
        if (Binary is null) start.ArgumentList.Add(typeof(LeafletCli).Assembly.Location);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return Run(start, args);
    }

    private static CliResult Run(ProcessStartInfo start, string[] args)
    {
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.StandardOutputEncoding = System.Text.Encoding.UTF8;
        start.StandardErrorEncoding = System.Text.Encoding.UTF8;
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"could not start {start.FileName}");
        process.StandardInput.Close();
        // Bytes, decoded without looking for a byte order mark: a reader would drop the one a CSV report starts with.
        var output = ReadAllAsync(process.StandardOutput.BaseStream);
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', args)} did not finish within two minutes");
        }

        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    private static async Task<string> ReadAllAsync(Stream stream)
    {
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes).ConfigureAwait(false);
        return new System.Text.UTF8Encoding(false).GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
    }
}
