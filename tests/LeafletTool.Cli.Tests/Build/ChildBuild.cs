using System.Diagnostics;
using LeafletTool.Cli.Output;

namespace LeafletTool.Cli.Tests.Build;

/// <summary>
/// Runs the program in a process of its own through <c>/bin/sh</c> (Linux and macOS), so a test can set limits
/// (<c>ulimit -f</c>), run it as another user or kill it: this build's <c>leaflet.dll</c>, or the binary
/// <see cref="PublishedProgram.Binary"/> names. The rebuild cache is off.
/// </summary>
public static class ChildBuild
{
    /// <summary>Starts <c>sh -c "PREFIX; exec WRAPPER… leaflet ARGS…"</c> with its output read in the
    /// background.</summary>
    public static Process Start(string workingDirectory, string shellPrefix, string[] wrapper, params string[] args)
    {
        string[] program = PublishedProgram.Binary is { } binary
            ? [binary]
            : ["dotnet", typeof(LeafletCli).Assembly.Location];
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = workingDirectory };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(shellPrefix + "; exec \"$@\"");
        start.ArgumentList.Add("sh");
        foreach (var part in wrapper.Concat(program).Concat(args)) start.ArgumentList.Add(part);
        start.Environment[BuildCache.EnvironmentVariable] = "off";
        start.Environment["HOME"] = Path.GetTempPath();
        // The JIT runtime maps its code through a file (W^X) and cannot start under a small file-size limit; the
        // Native AOT program has no such file.
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /bin/sh");
        process.StandardInput.Close();
        return process;
    }

    /// <summary>Runs to the end (two minutes at most).</summary>
    public static CliResult Run(string workingDirectory, string shellPrefix, string[] wrapper, params string[] args)
    {
        using var process = Start(workingDirectory, shellPrefix, wrapper, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"leaflet {string.Join(' ', args)} did not finish within two minutes");
        }

        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The arguments of a build of <c>leaflets</c> with the project's templates.</summary>
    public static string[] BuildArgs(string output, params string[] extra) =>
        ["build", "leaflets", .. extra, "--out", output, "--templates", Path.Combine(Repository.Root(), "templates"),
            "--as-of", SiteBuild.AsOf];

    /// <summary>Every file's bytes, by name, hidden ones included.</summary>
    public static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
}
