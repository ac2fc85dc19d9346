namespace LeafletTool.Core.Tests;

/// <summary>
/// House style for the C# sources: no line over <see cref="MaxLength"/> characters under src/, tests/, bench/
/// and tools/ (generated bin/ and obj/ folders aside). Lists every file and line that is longer. Lines inside a
/// multi-line raw string literal (<c>"""</c>) are data, kept exactly as the output needs them, and are not counted.
/// </summary>
public class SourceStyleTests
{
    private const int MaxLength = 120;

    [Fact]
    public void No_source_line_is_over_120_characters()
    {
        var root = Repository.Root();
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
                var inRawString = false;
                for (var i = 0; i < lines.Length; i++)
                {
                    var wasInRawString = inRawString;
                    if (CountOf(lines[i], "\"\"\"") % 2 == 1) inRawString = !inRawString;
                    if (wasInRawString && inRawString) continue;
                    if (lines[i].Length <= MaxLength) continue;
                    var name = Path.GetRelativePath(root, file).Replace('\\', '/');
                    longLines.Add($"{name}:{i + 1}: {lines[i].Length} characters");
                }
            }
        }

        Assert.True(longLines.Count == 0,
            $"{longLines.Count} line(s) over {MaxLength} characters:\n" + string.Join('\n', longLines));
    }

    private static int CountOf(string line, string part)
    {
        var count = 0;
        for (var at = line.IndexOf(part, StringComparison.Ordinal); at >= 0;
             at = line.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
