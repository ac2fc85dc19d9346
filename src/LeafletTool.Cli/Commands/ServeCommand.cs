using System.CommandLine;
using System.Diagnostics;
using LeafletTool.Cli.Files;
using LeafletTool.Cli.Output;
using LeafletTool.Cli.Serve;

namespace LeafletTool.Cli.Commands;

/// <summary>
/// <c>leaflet serve [PATH] [--port N] [--open]</c>: a live preview on this computer only. Every page is built in
/// memory with the build's own renderer, carries a panel of its findings, and updates by itself when a leaflet, the
/// configuration, the house dictionary or a template is saved. Ctrl+C stops it (exit 0); a port in use is one line
/// and exit 2.
/// </summary>
public static class ServeCommand
{
    public const int DefaultPort = 5005;

    public static Command Create(CliConsole console)
    {
        var path = new Argument<string>("PATH")
        {
            Description = $"The folder of leaflets to preview (default: {CommonOptions.DefaultFolder})",
            DefaultValueFactory = _ => CommonOptions.DefaultFolder,
        };
        var port = new Option<int>("--port")
        {
            Description = $"The port on 127.0.0.1 to serve on (default: {DefaultPort})",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultPort,
        };
        var open = new Option<bool>("--open") { Description = "Open the preview in the default web browser" };
        var templates = new Option<string?>("--templates")
        {
            Description = "The templates folder (default: templates in the current folder, "
                + "else the templates that come with the tool)",
            HelpName = "DIR",
        };
        var command = new Command("serve", "Preview the leaflets in a web browser, with their findings beside each "
            + "page, updated as you save") { path, port, open, templates };
        command.SetAction(parse => Run(console, parse.GetValue(path)!, parse.GetValue(port),
            parse.GetValue(open), parse.GetValue(templates)));
        return command;
    }

    private static int Run(CliConsole console, string path, int port, bool open, string? templates)
    {
        if (port is < 1 or > 65535) throw new UsageException($"--port {port}: use a port from 1 to 65535");
        var folder = Path.GetFullPath(path, console.CurrentDirectory);
        if (!Directory.Exists(folder)) throw new UsageException($"{path}: no such folder");
        var templatesDir = Path.GetFullPath(TemplateFolder.Resolve(templates, console.CurrentDirectory),
            console.CurrentDirectory);
        var builder = new PreviewBuilder(folder, templatesDir, console.CurrentDirectory, console.Environment,
            () => console.Today);
        using var session = PreviewSession.Start(builder, folder, templatesDir, port, line => Say(console, line));
        if (session is null)
        {
            throw new UsageException($"port {port} is in use (or not allowed); choose another with --port");
        }

        var address = $"http://localhost:{port}/";
        Say(console, $"Previewing {PathNames.Display(folder, console.CurrentDirectory)} at {address} "
            + "(Ctrl+C to stop).");
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            if (open) OpenBrowser(console, address);
            session.RunAsync(stop.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        Say(console, "Stopped.");
        return ExitCodes.Success;
    }

    private static void Say(CliConsole console, string line)
    {
        console.Out.WriteLine(line);
        console.Out.Flush();
    }

    private static void OpenBrowser(CliConsole console, string address)
    {
        try
        {
            var opener = OperatingSystem.IsWindows() ? "explorer.exe" : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
            using var process = Process.Start(new ProcessStartInfo(opener, address) { UseShellExecute = false });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Say(console, $"Could not open a browser ({e.Message}); open {address} yourself.");
        }
    }
}
