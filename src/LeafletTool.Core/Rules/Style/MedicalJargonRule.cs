using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Style;

/// <summary>
/// <c>medical-jargon</c>: a medical term with everyday words for it ("analgesia": "pain relief"), reported once per
/// leaflet at its first use unless that use explains it: the everyday words in brackets after the term
/// ("oedema (swelling)"), or the term in brackets after them ("swelling (oedema)"). A capitalised term inside a
/// sentence is taken for part of a name ("the Renal Unit") and skipped.
/// </summary>
public sealed class MedicalJargonRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.MedicalJargon;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        var analysis = context.AnalysisOf(leaflet);
        HashSet<string>? seen = null;
        foreach (var prose in analysis.Prose.Texts)
        {
            // The title names the leaflet's subject ("Cardiac angiography"); the text below explains it.
            if (prose.Kind is ProseKind.Title) continue;
            var value = prose.Value;
            foreach (var match in StyleData.MedicalJargon.Find(value, prose.Words))
            {
                var term = value.Substring(match.Start, match.End - match.Start);
                if (char.IsUpper(term[0]) && !StyleText.StartsSentence(value, match.Start)) continue;
                seen ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                if (IsPartOfName(value, match.End) || !seen.Add(Singular(term))) continue;
                if (StyleText.IsExplainedAt(value, match.Start, match.End)) continue;
                if (StyleText.IsAccepted(leaflet, term) || context.Config.PlainWords.ContainsKey(term)) continue;
                var suggestion = StyleText.InCaseOf(match.Alternatives[0], term);
                var message = $"'{term}' is a medical term: write {StyleText.Quoted(match.Alternatives, term)}, or "
                    + $"explain it in brackets the first time, '{term} ({match.Alternatives[0]})'. Patients "
                    + "understand everyday words (NHS content style guide).";
                bag.Report(Info, analysis.PositionOf(prose.Text, match.Start), message, suggestion);
            }
        }
    }

    /// <summary>The term names a job, a place or a thing ("cardiac nurse", "renal unit", "respiratory syncytial
    /// virus"), where the everyday words would not do.</summary>
    private static bool IsPartOfName(string value, int end)
    {
        // The noun may follow the term or one more word: "cardiac catheter suite".
        var rest = value.AsSpan(end);
        for (var words = 0; words < 2; words++)
        {
            rest = rest.TrimStart(" \n");
            var stop = rest.IndexOfAny(" \n,.)".AsSpan());
            var next = stop >= 0 ? rest[..stop] : rest;
            foreach (var noun in NameNouns)
            {
                if (next.Equals(noun, StringComparison.OrdinalIgnoreCase)) return true;
            }

            if (stop < 0 || rest[stop] != ' ') return false;
            rest = rest[stop..];
        }

        return false;
    }

    /// <summary>"lesion" for "lesions", so that a term is reported once in either form.</summary>
    private static string Singular(string term) =>
        term.Length > 3 && term[^1] is 's' or 'S' && term[^2] is not ('s' or 'S') ? term[..^1] : term;

    private static readonly string[] NameNouns =
    [
        "nurse", "nurses", "physiologist", "physiologists", "physiotherapist", "physiotherapists", "doctor", "doctors",
        "consultant", "consultants", "surgeon", "surgeons", "specialist", "specialists", "unit", "ward", "suite",
        "team", "service", "services", "department", "centre", "clinic", "syncytial", "virus", "rehabilitation",
    ];
}
