using System.Collections.Concurrent;
using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Text;

namespace LeafletTool.Cli.Files;

/// <summary>A configuration with the problems found in it (and in the house dictionary it names).</summary>
public sealed record LoadedConfig(ProjectConfig Config, IReadOnlyList<Diagnostic> Diagnostics, string? FullPath);

/// <summary>
/// Finds <c>leaflettool.yaml</c> in a leaflet's folder or the nearest parent (or uses <c>--config</c>),
/// reads it once, and reads the house dictionary it names.
/// </summary>
public sealed class ConfigLocator
{
    public const string FileName = "leaflettool.yaml";
    public const string DefaultDictionary = "dictionary.txt";

    private readonly string currentDirectory;
    private readonly string? explicitPath;
    private readonly ConcurrentDictionary<string, LoadedConfig> byFolder = new(PathNames.Comparer);
    private readonly ConcurrentDictionary<string, LoadedConfig> byFile = new(PathNames.Comparer);

    public ConfigLocator(string currentDirectory, string? explicitPath)
    {
        this.currentDirectory = currentDirectory;
        if (explicitPath is not null)
        {
            this.explicitPath = Path.GetFullPath(explicitPath, currentDirectory);
            if (!File.Exists(this.explicitPath))
                throw new UsageException($"the configuration file '{explicitPath}' does not exist");
        }
    }

    /// <summary>Every configuration read so far, each once.</summary>
    public IEnumerable<LoadedConfig> Loaded => byFile.Values.OrderBy(c => c.FullPath, StringComparer.Ordinal);

    public LoadedConfig ForFolder(string folder) => byFolder.GetOrAdd(folder, f =>
    {
        var path = explicitPath ?? FindUpwards(f);
        return path is null ? WithoutFile(f) : byFile.GetOrAdd(path, Load);
    });

    private static string? FindUpwards(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }

    private LoadedConfig WithoutFile(string folder)
    {
        var dictionary = Path.Combine(folder, DefaultDictionary);
        var words = File.Exists(dictionary) ? ReadWords(dictionary, out _) : [];
        return new LoadedConfig(ProjectConfig.Default with { HouseWords = words }, [], null);
    }

    private LoadedConfig Load(string path)
    {
        var name = PathNames.Display(path, currentDirectory);
        var (text, problem) = SourceReader.Read(path);
        if (text is null)
        {
            var diagnostic = Diagnostic.At(RuleCatalogue.UnreadableFile, name, SourcePosition.Start, problem!);
            return new LoadedConfig(ProjectConfig.Default, [diagnostic], path);
        }

        var result = ConfigReader.Read(SourceDocument.FromText(name, text));
        var diagnostics = result.Diagnostics.ToList();
        var dictionaryPath = Path.GetFullPath(result.Config.Dictionary, Path.GetDirectoryName(path)!);
        IReadOnlyList<string> words = [];
        if (File.Exists(dictionaryPath))
        {
            words = ReadWords(dictionaryPath, out var readProblem);
            if (readProblem is not null)
            {
                diagnostics.Add(
                    Diagnostic.At(RuleCatalogue.UnreadableFile, PathNames.Display(dictionaryPath, currentDirectory),
                    SourcePosition.Start, readProblem));
            }
        }
        else if (result.Config.Dictionary != DefaultDictionary || LineOf(text, "dictionary:") != SourcePosition.Start)
        {
            // Named in the config (even as the default name) but not there: every house word would be a spelling
            // warning, so say why.
            diagnostics.Add(Diagnostic.At(RuleCatalogue.InvalidValue, name, LineOf(text, "dictionary:"),
                $"The house dictionary \"{result.Config.Dictionary}\" does not exist (looked for "
                + $"{PathNames.Normalise(dictionaryPath)})."));
        }

        var config = LogoReader.Read(result.Config, path, name, diagnostics);
        return new LoadedConfig(config with { HouseWords = words }, diagnostics, path);
    }

    private static string[] ReadWords(string path, out string? problem)
    {
        var (text, readProblem) = SourceReader.Read(path);
        problem = readProblem;
        if (text is null) return [];
        return text.Split('\n')
            .Select(line => line.Trim().TrimStart('\uFEFF'))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToArray();
    }

    private static SourcePosition LineOf(string text, string key)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(key, StringComparison.Ordinal)) return new SourcePosition(i + 1, key.Length + 2, 0);
        }

        return SourcePosition.Start;
    }
}
