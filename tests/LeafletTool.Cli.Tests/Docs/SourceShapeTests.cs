using System.Text.RegularExpressions;

namespace LeafletTool.Cli.Tests.Docs;

/// <summary>
/// The shape of the source tree that docs/architecture.md promises: no hidden per-thread state, small files,
/// and folders that depend on each other one way only.
/// </summary>
public partial class SourceShapeTests
{
    private const int LongestFile = 250;

    private static string Src => Path.Combine(RepoRootFinder(), "src");

    [Fact]
    public void No_source_keeps_hidden_per_thread_state()
    {
        var found = SourceFiles(Src)
            .Where(f => File.ReadAllText(f).Contains("[ThreadStatic]", StringComparison.Ordinal))
            .Select(Relative)
            .ToList();
        Assert.True(found.Count == 0, "[ThreadStatic] in: " + string.Join(", ", found));
    }

    [Fact]
    public void No_source_or_test_file_is_over_250_lines()
    {
        var root = RepoRootFinder();
        var big = new[] { "src", "tests", "bench", "tools" }
            .SelectMany(folder => SourceFiles(Path.Combine(root, folder)))
            .Select(f => (File: Relative(f), Lines: File.ReadAllLines(f).Length))
            .Where(f => f.Lines > LongestFile)
            .Select(f => $"{f.File} ({f.Lines})")
            .ToList();
        Assert.True(big.Count == 0, "Over " + LongestFile + " lines: " + string.Join(", ", big));
    }

    [Fact]
    public void No_folder_imports_one_that_imports_it_back()
    {
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in SourceFiles(Src))
        {
            var text = File.ReadAllText(file);
            if (NamespaceLine().Match(text) is not { Success: true } ns) continue;
            var from = ns.Groups[1].Value;
            foreach (Match use in UsingLine().Matches(text))
            {
                var to = use.Groups[1].Value;
                if (to == from || from.StartsWith(to + ".", StringComparison.Ordinal)) continue;
                if (!edges.TryGetValue(from, out var set))
                    edges[from] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(to);
            }
        }

        var cycles = Cycles(edges);
        Assert.True(cycles.Count == 0, "Folders that import each other: " + string.Join("; ", cycles));
    }

    /// <summary>Each cycle of the graph as "A -> B -> A", found by a depth-first walk.</summary>
    private static List<string> Cycles(Dictionary<string, HashSet<string>> edges)
    {
        var found = new List<string>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();

        void Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in edges.GetValueOrDefault(node) ?? [])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    found.Add(string.Join(" -> ", path.Skip(path.IndexOf(next)).Append(next)));
                }
                else if (state.GetValueOrDefault(next) == 0)
                {
                    Visit(next);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
        }

        foreach (var node in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(node) == 0) Visit(node);
        }

        return found;
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}",
            StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}",
                        StringComparison.Ordinal));

    private static string Relative(string path) => Path.GetRelativePath(RepoRootFinder(), path);

    private static string RepoRootFinder() => Repository.Root();

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^using (LeafletTool\.[\w.]+);", RegexOptions.Multiline)]
    private static partial Regex UsingLine();
}
