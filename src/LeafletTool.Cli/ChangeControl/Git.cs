using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace LeafletTool.Cli.ChangeControl;

/// <summary>What one git command gave: its exit code, its output and its first line of errors.</summary>
public sealed record GitResult(int ExitCode, string Output, string Error)
{
    public string FirstErrorLine =>
        Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(l => !l.StartsWith("hint:", StringComparison.Ordinal)) ?? $"exit code {ExitCode}";
}

/// <summary>
/// Runs the <c>git</c> program, found on the <c>PATH</c> of the command's environment, with arguments passed one by
/// one (never through a shell). Git missing is a usage problem (exit 2): <c>--base</c> cannot work without it.
/// </summary>
public sealed class Git(string program, string workingDirectory)
{
    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>Git on <paramref name="path"/> (a PATH list), or a one-line error.</summary>
    public static Git Find(string? path, string workingDirectory)
    {
        var names = OperatingSystem.IsWindows() ? new[] { "git.exe", "git.cmd" } : ["git"];
        foreach (var folder in (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate)) return new Git(candidate, workingDirectory);
            }
        }

        throw new UsageException("--base needs git, and git was not found on the PATH; install git or leave out "
            + "--base.");
    }

    public GitResult Run(params string[] arguments)
    {
        using var process = Start(arguments, redirectInput: false);
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new GitResult(process.ExitCode, output, error.Result);
    }

    /// <summary>Starts git with its input, output and errors redirected (UTF-8), or says in one line why it could
    /// not.</summary>
    public Process Start(IEnumerable<string> arguments, bool redirectInput)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        if (redirectInput) start.StandardInputEncoding = new UTF8Encoding(false);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Messages in English whatever the machine's language; never ask for a password or open a pager.
        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_PAGER"] = "cat";
        try
        {
            return Process.Start(start) ?? throw new UsageException($"git ({program}) could not be started.");
        }
        catch (Win32Exception e)
        {
            throw new UsageException($"--base needs git, and {program} could not be started: {e.Message}");
        }
    }
}
