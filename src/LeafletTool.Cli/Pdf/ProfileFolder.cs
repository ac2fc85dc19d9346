using System.Diagnostics;
using System.Globalization;

namespace LeafletTool.Cli.Pdf;

/// <summary>
/// The browser's throw-away folder (<c>leaflet-chromium-*</c> in the temporary folder: profile and pages to print),
/// with an <c>owner</c> file naming the process that made it (id and start time). A run killed outright cannot remove
/// its folder, so each run first removes the folders of this prefix whose owner is no longer running, and nothing
/// else: not a folder without a readable owner file, not a symbolic link, not one whose owner still runs.
/// </summary>
internal static class ProfileFolder
{
    public const string Prefix = "leaflet-chromium-";
    public const string OwnerFile = "owner";

    /// <summary>Makes a new folder (readable by this user only, on Linux and macOS) with its owner file.</summary>
    public static string Create()
    {
        var root = Directory.CreateTempSubdirectory(Prefix).FullName;
        using var self = Process.GetCurrentProcess();
        File.WriteAllText(Path.Combine(root, OwnerFile),
            $"{Environment.ProcessId} {StartTicks(self).ToString(CultureInfo.InvariantCulture)}\n");
        return root;
    }

    /// <summary>Removes the folders left by runs that were killed; returns how many.</summary>
    public static int RemoveStale(string? temporaryFolder = null)
    {
        var removed = 0;
        IEnumerable<string> folders;
        try
        {
            folders = Directory.EnumerateDirectories(temporaryFolder ?? Path.GetTempPath(), Prefix + "*").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }

        foreach (var folder in folders)
        {
            try
            {
                if (new DirectoryInfo(folder).LinkTarget is not null || !OwnerIsGone(folder)) continue;
                Directory.Delete(folder, recursive: true);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Someone else's, or in use: left alone.
            }
        }

        return removed;
    }

    private static bool OwnerIsGone(string folder)
    {
        var owner = Path.Combine(folder, OwnerFile);
        if (!File.Exists(owner) || new FileInfo(owner).Length > 100) return false;
        var parts = File.ReadAllText(owner)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var ticks))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            // The same id with another start time is another program that reused the id after the owner died.
            return Math.Abs(StartTicks(process) - ticks) > TimeSpan.TicksPerSecond;
        }
        catch (ArgumentException)
        {
            return true; // no process with that id
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception
                                      or NotSupportedException)
        {
            return false; // cannot tell: leave it
        }
    }

    private static long StartTicks(Process process) => process.StartTime.ToUniversalTime().Ticks;
}
