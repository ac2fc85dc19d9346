using System.Text;

namespace LeafletTool.Cli.ChangeControl;

/// <summary>
/// The base of a comparison: a commit of the git repository that holds the leaflets, the files renamed since it, and
/// the way to read files as they were there. A missing git, a folder outside any repository or a REF that does not
/// exist is a one-line usage error (exit 2).
/// </summary>
public sealed class GitBase
{
    private readonly Git git;
    private readonly string topLevel;
    private readonly string anchor;
    private readonly string prefix;
    private readonly Dictionary<string, string> renamedFrom;

    private GitBase(Git git, string name, string commit, string topLevel, string anchor, string prefix,
        Dictionary<string, string> renamedFrom)
    {
        (this.git, Name, Commit, this.topLevel, this.anchor, this.prefix, this.renamedFrom) =
            (git, name, commit, topLevel, anchor, prefix, renamedFrom);
    }

    /// <summary>The base as the user named it (<c>main</c>, <c>origin/main</c>, a tag or a commit).</summary>
    public string Name { get; }

    public string Commit { get; }

    /// <summary>Opens the base <paramref name="reference"/> of the repository that holds <paramref name="anchor"/>
    /// (a folder), with git from <paramref name="path"/>.</summary>
    public static GitBase Open(string reference, string anchor, string? path)
    {
        if (reference.Length == 0 || reference.StartsWith('-') || reference.Contains('\n', StringComparison.Ordinal))
            throw new UsageException($"--base takes a branch, tag or commit, not '{reference}'.");
        var git = Git.Find(path, anchor);
        var where = git.Run("rev-parse", "--show-toplevel", "--show-prefix");
        if (where.ExitCode != 0)
            throw new UsageException($"--base compares with git, but {anchor} is not in a git repository "
                + $"({where.FirstErrorLine}).");
        var lines = where.Output.Split('\n');
        var commit = git.Run("rev-parse", "--verify", "--quiet", reference + "^{commit}");
        if (commit.ExitCode != 0)
            throw new UsageException($"--base: there is no branch, tag or commit '{reference}' in this repository "
                + "(in CI, fetch it first: git fetch origin main, or actions/checkout with fetch-depth: 0).");
        var sha = commit.Output.Trim();
        return new GitBase(git, reference, sha, lines[0].Trim(), anchor, lines.Length > 1 ? lines[1].Trim() : "",
            Renames(git, sha));
    }

    /// <summary>A file's path in the repository (with <c>/</c>), or null for a file outside it.</summary>
    public string? PathInRepository(string fullPath)
    {
        var relative = Path.GetRelativePath(anchor, fullPath);
        if (!IsOutside(relative)) return (prefix + relative).Replace('\\', '/');
        relative = Path.GetRelativePath(topLevel, fullPath);
        return IsOutside(relative) ? null : relative.Replace('\\', '/');
    }

    /// <summary>Where a file of the working tree was at the base: its path before a rename, else the same.</summary>
    public string OldPathOf(string repositoryPath) => renamedFrom.GetValueOrDefault(repositoryPath, repositoryPath);

    /// <summary>The text of each file at the base (null where it was not there, is not UTF-8 text or is over
    /// 1 MB), read through one <c>git cat-file --batch</c>.</summary>
    public IReadOnlyList<string?> Read(IReadOnlyList<string?> repositoryPaths)
    {
        var texts = new string?[repositoryPaths.Count];
        var asked = Enumerable.Range(0, repositoryPaths.Count)
            .Where(i => repositoryPaths[i] is { } p && !p.Contains('\n', StringComparison.Ordinal)).ToList();
        if (asked.Count == 0) return texts;
        using var process = git.Start(["cat-file", "--batch"], redirectInput: true);
        var errors = process.StandardError.ReadToEndAsync();
        var writing = Task.Run(() =>
        {
            try
            {
                var input = process.StandardInput;
                foreach (var i in asked) input.Write($"{Commit}:{repositoryPaths[i]}\n");
                input.Close();
            }
            catch (IOException)
            {
                // git stopped reading: what it said is reported below
            }
        });
        var output = new BufferedStream(process.StandardOutput.BaseStream, 1 << 16);
        foreach (var i in asked)
        {
            var header = ReadLine(output)
                ?? throw new ToolFailureException($"git cat-file stopped early: {errors.Result.Trim()}");
            var fields = header.Split(' ');
            if (fields.Length != 3 || !long.TryParse(fields[2], out var size)) continue; // "… missing"
            var bytes = new byte[size];
            output.ReadExactly(bytes);
            _ = output.ReadByte(); // the line break after the content
            if (fields[1] == "blob" && size <= Files.SourceReader.MaxBytes) texts[i] = Decode(bytes);
        }

        writing.Wait();
        process.WaitForExit();
        return texts;
    }

    private static Dictionary<string, string> Renames(Git git, string commit)
    {
        var diff = git.Run("-c", "diff.relative=false", "diff", "--name-status", "-z", "-M", "--diff-filter=R",
            commit, "--");
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        if (diff.ExitCode != 0) return renames;
        var fields = diff.Output.Split('\0');
        for (var i = 0; i + 2 < fields.Length; i += 3)
        {
            if (fields[i].StartsWith('R')) renames[fields[i + 2]] = fields[i + 1];
        }

        return renames;
    }

    private static bool IsOutside(string relative) =>
        relative == ".." || relative.StartsWith("../", StringComparison.Ordinal)
        || relative.StartsWith("..\\", StringComparison.Ordinal) || Path.IsPathRooted(relative);

    private static string? ReadLine(Stream stream)
    {
        var bytes = new List<byte>(64);
        int b;
        while ((b = stream.ReadByte()) >= 0 && b != '\n') bytes.Add((byte)b);
        return b < 0 && bytes.Count == 0 ? null : Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string? Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
