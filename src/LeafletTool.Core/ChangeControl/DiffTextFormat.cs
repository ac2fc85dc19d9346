using LeafletTool.Core.Formats;

namespace LeafletTool.Core.ChangeControl;

/// <summary>
/// The diff for a terminal: deletions as <c>[-words-]</c> and insertions as <c>{+words+}</c> (the marks of
/// <c>git diff --word-diff</c>), in red and green as well when colour is on; each run of unchanged sections as one
/// line.
/// </summary>
public static class DiffTextFormat
{
    private const string Red = "\u001b[31m", Green = "\u001b[32m", Bold = "\u001b[1m", Reset = "\u001b[0m";

    public static void Write(IReadOnlyList<LeafletDiff> diffs, TextWriter writer, bool colour)
    {
        foreach (var diff in diffs)
        {
            writer.WriteLine(Strong(DiffWords.Heading(diff), colour));
            foreach (var m in diff.Metadata)
            {
                writer.WriteLine($"  {DiffWords.FieldName(m.Field)}: {Escape(m.Old ?? "(none)")} -> "
                    + Escape(m.New ?? "(none)"));
            }

            if (!diff.TextChanged)
            {
                writer.WriteLine("  " + DiffWords.NoTextChange);
                writer.WriteLine();
                continue;
            }

            foreach (var run in DiffWords.Runs(diff.Sections))
            {
                if (run.Unchanged is { } names)
                {
                    writer.WriteLine($"  ({Escape(DiffWords.Unchanged(names))})");
                    continue;
                }

                var section = run.Section!;
                writer.WriteLine("  " + Strong($"## {section.Name} ({DiffWords.StateName(section.State)})", colour));
                var step = 0;
                foreach (var line in DiffWords.Shown(section))
                {
                    step = line.Kind == LineKind.Step ? step + 1 : 0;
                    writer.WriteLine("    " + DiffWords.Prefix(line.Kind, step) + Spans(line, colour));
                }
            }

            writer.WriteLine();
        }

        writer.WriteLine(DiffWords.Summary(diffs));
    }

    private static string Spans(DiffLine line, bool colour) =>
        DiffWords.Join(line.Spans, (s, _) => s.Change switch
        {
            Change.Deleted => Paint("[-" + Escape(s.Text) + "-]", Red, colour),
            Change.Inserted => Paint("{+" + Escape(s.Text) + "+}", Green, colour),
            _ => Escape(s.Text),
        });

    private static string Escape(string text) => TerminalText.Escape(text);

    private static string Strong(string text, bool colour) => Paint(Escape(text), Bold, colour);

    private static string Paint(string text, string code, bool colour) => colour ? code + text + Reset : text;
}
