using System.Diagnostics;
using LeafletTool.Importers.Pdf;

namespace LeafletTool.Bench;

/// <summary>Times the PDF reader: reads one PDF's bytes the given number of times, one at a time, as a batch import
/// does (bench pdf-import FILE [COPIES]); with COPIES 0 it prints the blocks instead, to look at.</summary>
internal static class PdfImportPhase
{
    public static void Run(string file, int copies)
    {
        var bytes = File.ReadAllBytes(file);
        if (copies == 0)
        {
            var document = PdfReader.Read(bytes);
            Console.WriteLine($"title hint: {document.TitleHint}");
            foreach (var b in document.Blocks)
            {
                Console.WriteLine($"{b.Place} {b.Kind} {b.List}/{b.Depth} {b.Part} e={b.Emphasis} bold={b.AllBold}: "
                    + b.Text);
            }

            foreach (var a in document.Attention) Console.WriteLine($"attention: {a.Place}: {a.Message}");
            return;
        }

        PdfReader.Read(bytes); // warm up
        var before = GC.GetTotalMemory(true);
        var clock = Stopwatch.StartNew();
        var blocks = 0;
        for (var i = 0; i < copies; i++) blocks += PdfReader.Read(bytes).Blocks.Count;
        clock.Stop();
        var after = GC.GetTotalMemory(true);
        Console.WriteLine($"pdf-import: {copies} copies of {Path.GetFileName(file)} ({bytes.Length:N0} bytes), "
            + $"{blocks:N0} blocks, {clock.Elapsed.TotalSeconds:F1} s ({clock.Elapsed.TotalMilliseconds / copies:F1} "
            + $"ms each); managed memory after {after / 1024 / 1024} MiB (before {before / 1024 / 1024} MiB)");
    }
}
