using System.Buffers;
using System.Globalization;
using System.Text;
using LeafletTool.Cli.Files;

namespace LeafletTool.Cli.Output;

/// <summary>What a build printed, and the record of the files it left (<see cref="BuildManifest"/>, by its hash),
/// remembered under its <see cref="BuildKey"/>.</summary>
public sealed record CachedBuild(string Key, int ExitCode, int Leaflets, int Skipped, string Output,
    string ManifestHash, int FileCount);

/// <summary>
/// Remembers the last build into each output folder, in the user's cache folder (<c>$LEAFLET_CACHE_DIR</c>, else
/// <c>$XDG_CACHE_HOME/leaflettool</c>, else <c>~/.cache/leaflettool</c>; <c>LEAFLET_CACHE_DIR=off</c> turns it off),
/// so that a build with nothing changed (same key, the same record in the output folder, and every file it lists still
/// there with the content it records, by SHA-256) prints the same findings without checking or rendering anything
/// again. Anything unexpected in the cache file means "build as usual".
/// </summary>
public static class BuildCache
{
    public const string EnvironmentVariable = "LEAFLET_CACHE_DIR";
    private const string Header = "leaflet-build-cache 2";

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

    /// <summary>The remembered build for this key, or null when there is none, it is for other inputs, or the output
    /// folder is not as that build left it.</summary>
    public static CachedBuild? Find(string path, string outputFolder, string key)
    {
        try
        {
            if (!File.Exists(path)) return null;
            var cached = Parse(File.ReadAllText(path, Encoding.UTF8));
            if (cached is null || cached.Key != key) return null;
            // The record read a piece at a time, each hash kept as its 32 bytes: read whole into a dictionary of
            // strings, the record of 100,000 leaflets took about 110 MB, and this check peaked at 273-283 MB.
            var (files, sha256) = BuildManifest.ReadList(outputFolder);
            if (files is null || sha256 is null || Convert.ToHexStringLower(sha256) != cached.ManifestHash) return null;
            // Each output read and hashed, on every core (30,000 of them for 10,000 leaflets).
            var unchanged = Parallel.For(0, files.Count, (i, loop) =>
            {
                if (!Unchanged(Path.Combine(outputFolder, files[i].Name), files[i].Hash)) loop.Stop();
            }).IsCompleted;
            return unchanged ? cached with { FileCount = files.Count } : null;
        }
        catch (Exception e) when (
            e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Remembers a build and the record it left in the output folder. A cache that cannot be written is not
    /// an error.</summary>
    public static void Save(string path, string key, int exitCode, int leaflets, int skipped, string output,
        string manifestHash)
    {
        try
        {
            var text = new StringBuilder();
            text.Append(Header).Append('\n').Append(key).Append('\n');
            text.Append(CultureInfo.InvariantCulture, $"{exitCode} {leaflets} {skipped}\n");
            text.Append(manifestHash).Append('\n');
            text.Append(output);
            AtomicFile.Write(path, text.ToString());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ToolFailureException)
        {
            // The next build will simply check and render again.
        }
    }

    private static bool Unchanged(string path, FileHash hash)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.LinkTarget is not null || info.Length > int.MaxValue) return false;
            var length = (int)info.Length;
            var buffer = ArrayPool<byte>.Shared.Rent(length + 1);
            try
            {
                using var handle = File.OpenHandle(path);
                var read = 0;
                for (int got; read <= length && (got = RandomAccess.Read(handle, buffer.AsSpan(read), read)) > 0;)
                    read += got;
                return read == length && hash.IsSha256Of(buffer.AsSpan(0, length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
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
            || Line()?.Split(' ') is not [var exit, var leaflets, var skipped] || Line() is not { } manifest)
        {
            return null;
        }

        return new CachedBuild(key, int.Parse(exit, CultureInfo.InvariantCulture),
            int.Parse(leaflets, CultureInfo.InvariantCulture),
            int.Parse(skipped, CultureInfo.InvariantCulture), text[at..], manifest, 0);
    }
}
