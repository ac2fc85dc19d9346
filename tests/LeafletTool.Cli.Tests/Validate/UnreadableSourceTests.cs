using System.Diagnostics;
using System.Net.Sockets;
using LeafletTool.Cli.Files;

namespace LeafletTool.Cli.Tests.Validate;

/// <summary>Only regular files are read as leaflets: a FIFO, socket, device or link loop named .yaml is one
/// unreadable-file line, never opened (a FIFO used to hang every command), and a link to a file outside the folder is
/// refused, never published.</summary>
public class UnreadableSourceTests
{
    /// <summary>Sources kept in memory (a small folder), and read on demand in each pass (a large one).</summary>
    public static TheoryData<bool> ReadOnDemand => new() { false, true };

    [Theory]
    [MemberData(nameof(ReadOnDemand))]
    public void Fifos_sockets_devices_and_link_loops_are_each_one_line_and_no_command_waits_on_them(bool onDemand)
    {
        if (OperatingSystem.IsWindows()) return; // none of these can be made in a Windows folder
        using var folder = new TempFolder();
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        var leaflets = Path.Combine(folder.Path, "leaflets");
        Run("mkfifo", Path.Combine(leaflets, "pipe.yaml"));
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(leaflets, "socket.yaml")));
        File.CreateSymbolicLink(Path.Combine(leaflets, "zero.yaml"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(leaflets, "loop.yaml"), "loop.yaml");

        foreach (var command in new[] { "validate", "report", "build" })
        {
            var args = command == "build" ? new[] { command, "leaflets", "--out", "site" } : [command, "leaflets"];
            var result = CliRunner.Run(folder.Path, Environment(onDemand), args);
            var all = result.Out + result.Error;
            // validate and build give "FILE:1:1: error unreadable-file: ..."; report lists it as invalid, with why.
            var lead = command == "report" ? ": line 1, column 1: " : ":1:1: error unreadable-file: ";
            Assert.Contains("pipe.yaml" + lead + "This is a named pipe (FIFO), not a file", all,
                StringComparison.Ordinal);
            Assert.Contains("socket.yaml" + lead + "This is a socket", all, StringComparison.Ordinal);
            Assert.Contains("zero.yaml" + lead + "This is a device", all, StringComparison.Ordinal);
            Assert.Contains("loop.yaml" + lead, all, StringComparison.Ordinal);
            Assert.Equal(command == "report" ? 0 : 1, result.ExitCode);
            Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        }

        Assert.True(File.Exists(Path.Combine(folder.Path, "site", "wound-care.html")), "the good leaflet is built");
    }

    [Theory]
    [MemberData(nameof(ReadOnDemand))]
    public void A_leaflet_that_links_outside_its_folder_is_refused_and_not_published(bool onDemand)
    {
        if (OperatingSystem.IsWindows()) return; // symbolic links need special rights there
        using var folder = new TempFolder();
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        var secret = folder.Write("outside/secret.yaml",
            ValidLeaflet.Yaml.Replace("Caring for your wound", "Secret", StringComparison.Ordinal));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "leaflets", "secret.yaml"), secret);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "leaflets", "same.yaml"), "wound-care.yaml");

        var result = CliRunner.Run(folder.Path, Environment(onDemand), "build", "leaflets", "--out", "site");
        Assert.Contains("leaflets/secret.yaml:1:1: error unreadable-file: This is a link to a file outside its folder",
            result.Out, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(folder.Path, "site", "secret.html")));
        // A link that stays inside the folder is read like any file.
        Assert.DoesNotContain("same.yaml:1:1: error unreadable-file", result.Out, StringComparison.Ordinal);
    }

    private static Dictionary<string, string>? Environment(bool onDemand) =>
        onDemand ? new() { [Workspace.KeepSourcesVariable] = "0" } : null;

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(program, args);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
