namespace LeafletTool.Core.Tests;

/// <summary>
/// House style for the C# sources: no line over <see cref="MaxLength"/> characters under src/, tests/, bench/
/// and tools/ (generated bin/ and obj/ folders aside). Lists every file and line that is longer.
/// </summary>
public class SourceStyleTests
{
    private const int MaxLength = 120;

    [Fact]
    public void No_source_line_is_over_120_characters()
    {
        var root = Repo.Root();
        var sep = Path.DirectorySeparatorChar;
        var longLines = new List<string>();
        foreach (var folder in new[] { "src", "tests", "bench", "tools" })
        {
            var path = Path.Combine(root, folder);
            if (!Directory.Exists(path)) continue;
            var files = Directory.EnumerateFiles(path, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{sep}bin{sep}", StringComparison.Ordinal)
                    && !f.Contains($"{sep}obj{sep}", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    if (lines[i].Length <= MaxLength) continue;
                    var name = Path.GetRelativePath(root, file).Replace('\\', '/');
                    longLines.Add($"{name}:{i + 1}: {lines[i].Length} characters");
                }
            }
        }

        Assert.True(longLines.Count == 0,
            $"{longLines.Count} line(s) over {MaxLength} characters:\n" + string.Join('\n', longLines));
    }
}
