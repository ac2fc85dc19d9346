using System.Diagnostics;
using LeafletTool.Importers;

namespace LeafletTool.Bench;

/// <summary>
/// Times the Word reader of leaflet import: COUNT copies of one .docx (default: fixture (a), python-docx with direct
/// formatting) written to a temporary folder, each read from disk and turned into blocks, one at a time in one
/// thread, as a batch import does. Prints the seconds, the processor time (the fair figure when other work shares
/// the machine), the documents a second and the memory held afterwards (flat: nothing of one document is kept).
/// The interpreter's time is not in it (it is timed with the import command).
/// </summary>
internal static class WordImportPhase
{
    public static void Run(string? source, int count)
    {
        source ??= Path.Combine(FindRoot(), "tests", "LeafletTool.Cli.Tests", "Cases", "import-word",
            "a-python-docx-direct.docx");
        var folder = Directory.CreateTempSubdirectory("leaflet-bench-word-").FullName;
        try
        {
            for (var i = 0; i < count; i++) File.Copy(source, Path.Combine(folder, $"leaflet-{i:D4}.docx"));
            var files = Directory.GetFiles(folder, "*.docx").Order(StringComparer.Ordinal).ToArray();
            Readers.Read(".docx", File.ReadAllBytes(files[0])); // the first read loads the SDK's code
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var blocks = 0;
            foreach (var file in files) blocks += Readers.Read(".docx", File.ReadAllBytes(file)).Blocks.Count;
            clock.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var after = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine($"word import: {files.Length} documents ({Path.GetFileName(source)}, "
                + $"{new FileInfo(source).Length / 1024} KB) read in {clock.Elapsed.TotalSeconds:F2} s, "
                + $"{files.Length / clock.Elapsed.TotalSeconds:F0} a second ({cpu.TotalSeconds:F2} s of processor "
                + "time, "
                + $"the garbage collector's threads included), {blocks} blocks; memory held after: "
                + $"{(after - before) / 1024} KB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string FindRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "LeafletTool.sln"))) return dir;
        }

        throw new InvalidOperationException("run the bench inside the repository");
    }
}
