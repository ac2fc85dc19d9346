using System.Diagnostics;
using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Markup;
using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Bench;

/// <summary>
/// Reads every YAML file of a folder with the fast block reader and with YamlDotNet: how many the fast reader
/// takes, whether every tree it gives is YamlDotNet's, and the time per file of each (one thread, text in memory).
/// </summary>
internal static class YamlReaders
{
    public static void Run(string folder)
    {
        var texts = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => SourceDocument.FromText(f, File.ReadAllText(f))).ToList();
        var taken = 0;
        foreach (var source in texts)
        {
            var fast = BlockYamlReader.TryRead(source.Text);
            if (fast is null) continue;
            taken++;
            var difference = YamlTreeDifference.Find(YamlDocumentReader.ReadWithYamlDotNet(source).Root, fast);
            if (difference is not null) Console.WriteLine($"DIFFERENT {source.Name}: {difference}");
        }

        Console.WriteLine($"fast reader took {taken} of {texts.Count} files; every tree compared with YamlDotNet's");
        for (var round = 0; round < 3; round++)
        {
            Time("YamlDotNet parser events", texts, s => YamlDocumentReader.ReadWithYamlDotNet(s).Root);
            Time("fast block reader", texts, s => BlockYamlReader.TryRead(s.Text));
        }
    }

    private static void Time(string what, List<SourceDocument> texts, Func<SourceDocument, YamlNode?> read)
    {
        var watch = Stopwatch.StartNew();
        foreach (var text in texts) _ = read(text);
        Console.WriteLine($"{what,-26} {watch.Elapsed.TotalMilliseconds / texts.Count:0.000} ms per file");
    }
}
