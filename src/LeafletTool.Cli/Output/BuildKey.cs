using System.Security.Cryptography;
using System.Text;
using LeafletTool.Cli.Files;
using LeafletTool.Core.Config;

namespace LeafletTool.Cli.Output;

/// <summary>
/// A fingerprint (SHA-256, hex) of everything a build's output and messages depend on: this build of the tool,
/// the command line, the working folder, every source's name and text, every configuration file and house
/// dictionary, every file in the templates folder (also in dot-folders, which includes reach), and the date review
/// status is judged on. Two builds with the same key print the same findings and write the same bytes.
/// </summary>
public static class BuildKey
{
    public static string Of(WorkspaceInputs read, TemplateFolder templates, BuildOptions options,
        BuildArguments arguments)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text ?? "\u0001null"));
            hash.AppendData([0]);
        }

        Add("leaflet-build 2");
        foreach (var assembly
            in new[] { typeof(BuildKey).Assembly, typeof(ProjectConfig).Assembly, typeof(Scriban.Template).Assembly,
            typeof(YamlDotNet.Core.Parser).Assembly })
        {
            Add(assembly.FullName);
            Add(assembly.ManifestModule.ModuleVersionId.ToString());
        }

        Add(arguments.CurrentDirectory);
        Add(arguments.OutputFolder);
        Add(arguments.ConfigPath);
        Add(string.Join('\u0002', arguments.Paths));
        Add(string.Join(',', options.Formats));
        Add(options.LargePrint ? "large" : "normal");
        Add(options.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add(options.Chromium);

        var configFiles = new Dictionary<ProjectConfig, string>(ReferenceEqualityComparer.Instance);
        foreach (var loaded in read.Configs.Where(c => c.FullPath is not null))
            configFiles[loaded.Config] = loaded.FullPath!;
        var configIds = new Dictionary<ProjectConfig, int>(ReferenceEqualityComparer.Instance);
        var texts = new byte[read.Inputs.Count][];
        // Each source read on demand is read into a buffer a worker and hashed there, not decoded and encoded again:
        // 100,000 sources made 4.3 GB of arrays and strings, and this check peaked at 200-207 MB.
        Parallel.For(0, read.Inputs.Count, () => (byte[]?)null, (i, _, scratch) =>
        {
            texts[i] = read.Inputs[i].Utf8Sha256(ref scratch);
            return scratch;
        }, _ => { });
        for (var i = 0; i < read.Inputs.Count; i++)
        {
            var input = read.Inputs[i];
            if (!configIds.TryGetValue(input.Config, out var id))
            {
                configIds[input.Config] = id = configIds.Count;
                AddConfig(input.Config, configFiles.GetValueOrDefault(input.Config), Add);
            }

            Add($"{input.Name}\u0002{input.IsTarget}\u0002{id}\u0002{!input.HasText}\u0002{input.ReadProblem}");
            hash.AppendData(texts[i]);
        }

        foreach (var config in read.Configs) Add(string.Join('\u0002', config.Diagnostics));
        foreach (var file in templates.AllFiles())
        {
            Add(file);
            Add(templates.Read(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>A configuration is what its file says plus its house dictionary; the defaults have neither
    /// file.</summary>
    private static void AddConfig(ProjectConfig config, string? fullPath, Action<string?> add)
    {
        add(fullPath);
        add(config.SourceName);
        add(fullPath is null ? null : SourceReader.Read(fullPath).Text);
        add(string.Join('\n', config.HouseWords));
        add(config.Logo?.DataUri);
    }
}

/// <summary>The parts of a build's command line that are not <see cref="BuildOptions"/>.</summary>
public sealed record BuildArguments(IReadOnlyList<string> Paths, string? ConfigPath, string CurrentDirectory,
    string OutputFolder);
