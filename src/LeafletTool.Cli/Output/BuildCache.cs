using System.Globalization;
using System.Text;
using LeafletTool.Cli.Files;

namespace LeafletTool.Cli.Output;

/// <summary>One output file as the last build left it: its name in the output folder, size and time of last
/// change.</summary>
public sealed record OutputStamp(string Name, long Length, long LastWriteTicks);

/// <summary>What a build printed and wrote, remembered under its <see cref="BuildKey"/>.</summary>
public sealed record CachedBuild(string Key, int ExitCode, int Leaflets, int Skipped, string Output,
    IReadOnlyList<OutputStamp> Files);

/// <summary>
/// Remembers the last build into each output folder, in the user's cache folder (<c>$LEAFLET_CACHE_DIR</c>, else
/// <c>$XDG_CACHE_HOME/leaflettool</c>, else <c>~/.cache/leaflettool</c>; <c>LEAFLET_CACHE_DIR=off</c> turns it off),
/// so that a build with nothing changed (same key, and every file it wrote still there, untouched) prints the same
/// findings without checking or rendering anything again. The output folder gets nothing but the outputs.
/// Anything unexpected in the cache file means "build as usual".
/// </summary>
public static class BuildCache
{
    public const string EnvironmentVariable = "LEAFLET_CACHE_DIR";
    private const string Header = "leaflet-build-cache 1";

    /// <summary>The cache file for builds into this folder, or null when there is no cache folder (or it is turned
    /// off).</summary>
    public static string? PathFor(string outputFolder, Func<string, string?> environment)
    {
        var folder = environment(EnvironmentVariable) is { Length: > 0 } own
            ? (own == "off" ? null : own)
            : environment("XDG_CACHE_HOME") is { Length: > 0 } xdg ? Path.Combine(xdg, "leaflettool")
            : environment("HOME") is { Length: > 0 } home ? Path.Combine(home, ".cache", "leaflettool")
            : environment("LOCALAPPDATA") is { Length: > 0 } local ? Path.Combine(local, "leaflettool", "cache")
            : null;
        if (folder is null) return null;
        var name = Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(outputFolder)))[..32];
        return Path.Combine(folder, $"build-{name}.cache");
    }

    /// <summary>The remembered build for this key, or null when there is none, it is for other inputs, or an output has
    /// changed.</summary>
    public static CachedBuild? Find(string path, string outputFolder, string key)
    {
        try
        {
            if (!File.Exists(path)) return null;
            var cached = Parse(File.ReadAllText(path, Encoding.UTF8));
            if (cached is null || cached.Key != key) return null;
            // One look at each output, on every core (30,000 of them for 10,000 leaflets).
            var unchanged = Parallel.ForEach(cached.Files, (file, loop) =>
            {
                if (!Unchanged(Path.Combine(outputFolder, file.Name), file)) loop.Stop();
            }).IsCompleted;
            return unchanged ? cached : null;
        }
        catch (Exception e) when (
            e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Remembers a build; the files are stamped as they are now. A cache that cannot be written is not an
    /// error.</summary>
    public static void Save(string path, string outputFolder, string key, int exitCode, int leaflets, int skipped,
        string output, IEnumerable<string> fileNames)
    {
        try
        {
            var text = new StringBuilder();
            text.Append(Header).Append('\n').Append(key).Append('\n');
            text.Append(CultureInfo.InvariantCulture, $"{exitCode} {leaflets} {skipped}\n");
            var names = fileNames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            text.Append(names.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
            var stamps = new (long Length, long Ticks)[names.Count];
            Parallel.For(0, names.Count, i =>
            {
                var info = new FileInfo(Path.Combine(outputFolder, names[i]));
                stamps[i] = info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks)
                    : (-1, 0); // gone already: never matches
            });
            for (var i = 0; i < names.Count; i++)
                text.Append(CultureInfo.InvariantCulture, $"{stamps[i].Length} {stamps[i].Ticks} {names[i]}\n");

            text.Append(output);
            AtomicFile.Write(path, text.ToString());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ToolFailureException)
        {
            // The next build will simply check and render again.
        }
    }

    private static bool Unchanged(string path, OutputStamp stamp)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.Length == stamp.Length && info.LastWriteTimeUtc.Ticks == stamp.LastWriteTicks
                && info.LinkTarget is null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static CachedBuild? Parse(string text)
    {
        var at = 0;
        string? Line()
        {
            var end = text.IndexOf('\n', at);
            if (end < 0) return null;
            var line = text[at..end];
            at = end + 1;
            return line;
        }

        if (Line() != Header || Line() is not { } key
            || Line()?.Split(' ') is not [var exit, var leaflets, var skipped]) return null;
        if (!int.TryParse(Line(), NumberStyles.None, CultureInfo.InvariantCulture, out var count)) return null;
        var files = new List<OutputStamp>(count);
        for (var i = 0; i < count; i++)
        {
            if (Line()?.Split(' ', 3) is not [var length, var ticks, var name]) return null;
            files.Add(
                new OutputStamp(name, long.Parse(length, CultureInfo.InvariantCulture),
                long.Parse(ticks, CultureInfo.InvariantCulture)));
        }

        return new CachedBuild(key, int.Parse(exit, CultureInfo.InvariantCulture),
            int.Parse(leaflets, CultureInfo.InvariantCulture),
            int.Parse(skipped, CultureInfo.InvariantCulture), text[at..], files);
    }
}
