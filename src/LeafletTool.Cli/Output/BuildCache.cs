using System.Globalization;
using System.Security.Cryptography;
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
    /// folder is not as that build left it. The files the record lists are checked <paramref name="batch"/> at a
    /// time, as the record is read.</summary>
    public static CachedBuild? Find(string path, string outputFolder, string key, int batch = 1024)
    {
        try
        {
            if (!File.Exists(path) || FileKind.NotRegular(path) is not null) return null;
            var cached = Parse(File.ReadAllText(path, Encoding.UTF8));
            if (cached is null || cached.Key != key) return null;
            // The record read a piece at a time, and its files checked a batch at a time (each read and hashed, on
            // every core): held whole, the 300,000 names and hashes of 100,000 leaflets took about 50 MB.
            var files = new List<(string Name, FileHash Hash)>(batch);
            var (count, unchanged) = (0, true);
            void Check()
            {
                unchanged = unchanged && Parallel.For(0, files.Count, () => new byte[64 * 1024], (i, loop, buffer) =>
                {
                    if (!Unchanged(Path.Combine(outputFolder, files[i].Name), files[i].Hash, buffer)) loop.Stop();
                    return buffer;
                }, _ => { }).IsCompleted;
                count += files.Count;
                files.Clear();
            }

            var (isRecord, sha256) = BuildManifest.Visit(outputFolder, (name, hash) =>
            {
                if (!unchanged) return;
                files.Add((name.ToString(), FileHash.AsWritten(hash)));
                if (files.Count == batch) Check();
            });
            Check();
            var same = isRecord && sha256 is not null && Convert.ToHexStringLower(sha256) == cached.ManifestHash;
            return same && unchanged ? cached with { FileCount = count } : null;
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

    /// <summary>Whether the file is a plain file (not a link, and never opened when it is a FIFO or a device, which
    /// would wait or read without end) with this SHA-256, read a piece at a time into <paramref name="buffer"/>: each
    /// file read whole into an array of its own took 50 MB more at 100,000 leaflets.</summary>
    internal static bool Unchanged(string path, FileHash hash, byte[] buffer)
    {
        try
        {
            if (!FileKind.IsPlainFile(path)) return false;
            using var handle = File.OpenHandle(path);
            using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long at = 0;
            for (int got; (got = RandomAccess.Read(handle, buffer, at)) > 0; at += got)
                sha256.AppendData(buffer, 0, got);
            Span<byte> digest = stackalloc byte[32];
            sha256.GetHashAndReset(digest);
            return hash.IsDigest(digest);
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
