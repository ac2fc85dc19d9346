using LeafletTool.Core.Formats;
using LeafletTool.Core.Importing;

namespace LeafletTool.Cli.Importing;

/// <summary>The text output of a batch: one line per source (its sections, contacts and missing fields, then its
/// notes), failures on stderr, and a summary with the reference formats seen and a pattern for them.</summary>
public static class ImportReport
{
    public static void WriteLine(TextWriter output, TextWriter error, ImportOutcome outcome)
    {
        var source = TerminalText.Escape(outcome.Source);
        if (outcome.Result is not { } result)
        {
            error.WriteLine($"leaflet: {source}: {TerminalText.Escape(outcome.Failure ?? "")}");
            return;
        }

        var contacts = result.Draft.Contacts.Count(c => c.Phone is not null || c.Email is not null);
        var missing = result.Missing.Count == 0 ? "" : "; missing: " + string.Join(", ", result.Missing);
        output.WriteLine($"Imported {source} into {TerminalText.Escape(outcome.File!)}: "
            + $"{result.Draft.Sections.Count} section(s), {contacts} contact(s){missing}.");
        foreach (var note in result.Notes.Where(n => n.Place.Line > 0))
        {
            var place = note.Place.Page > 0 ? $" ({note.Place})" : $":{note.Place.Line}";
            output.WriteLine($"{source}{place}: {TerminalText.Escape(note.Message)}");
        }
    }

    public static void WriteSummary(TextWriter output, IReadOnlyList<ImportOutcome> outcomes, string folder)
    {
        var imported = outcomes.Count(o => o.Result is not null);
        var failed = outcomes.Count - imported;
        output.WriteLine($"{imported} of {outcomes.Count} source(s) imported into {TerminalText.Escape(folder)}/"
            + (failed > 0 ? $"; {failed} failed (see above)." : "."));
        var references = ImportJson.References(outcomes);
        if (references.Count > 0)
        {
            output.WriteLine("Reference formats seen: "
                + TerminalText.Escape(string.Join(", ", ReferencePatterns.Formats(references))));
            output.WriteLine($"For leaflettool.yaml: resource_number_pattern: "
                + $"'{TerminalText.Escape(ReferencePatterns.Pattern(references)!)}'");
        }

        if (imported > 0) output.WriteLine($"Check them with: leaflet validate {TerminalText.Escape(folder)}");
    }
}
