using LeafletTool.Cli.Files;

namespace LeafletTool.Cli.Output;

/// <summary>
/// Refuses output folders a build must never write into or remove from: the root of the file system, and any folder
/// that is, or holds somewhere inside it, a folder of leaflet sources, a configuration (<c>leaflettool.yaml</c>), a
/// house dictionary or the templates. A leaflet named <c>dictionary.yaml</c> would otherwise write over
/// <c>dictionary.txt</c>, and the removal of outputs no longer built must never come near a source. Links are
/// followed on both sides. A usage error (exit 2): the command line names the wrong folder.
/// </summary>
public static class OutputGuard
{
    public static void Check(string outputFull, IReadOnlyList<string> paths, IReadOnlyList<LoadedConfig> configs,
        string templatesFull, string currentDirectory)
    {
        var output = RealPath.Of(outputFull);
        var shown = PathNames.Display(outputFull, currentDirectory);
        if (output == Path.GetPathRoot(output))
            throw Refusal(shown, "it is the root of the file system");

        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, currentDirectory);
            var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
            Refuse(output, shown, folder, "the leaflet sources", currentDirectory);
        }

        Refuse(output, shown, templatesFull, "the templates", currentDirectory);
        foreach (var config in configs.Where(c => c.FullPath is not null))
        {
            var folder = Path.GetDirectoryName(config.FullPath)!;
            var configName = PathNames.Display(config.FullPath!, currentDirectory);
            Refuse(output, shown, folder, $"the configuration '{configName}'", currentDirectory);
            var dictionary = Path.GetFullPath(config.Config.Dictionary, folder);
            Refuse(output, shown, Path.GetDirectoryName(dictionary)!,
                $"the house dictionary '{PathNames.Display(dictionary, currentDirectory)}'", currentDirectory);
        }
    }

    private static void Refuse(string output, string shown, string folder, string what, string currentDirectory)
    {
        if (!RealPath.IsWithin(RealPath.Of(folder), output)) return;
        var where = PathNames.Display(folder, currentDirectory);
        throw Refusal(shown, RealPath.IsWithin(output, RealPath.Of(folder))
            ? $"it holds {what}"
            : $"it holds {what} (in '{where}')");
    }

    private static UsageException Refusal(string shown, string why) =>
        new($"refusing to build into '{shown}': {why}; give --out a folder of its own, such as --out site");
}
