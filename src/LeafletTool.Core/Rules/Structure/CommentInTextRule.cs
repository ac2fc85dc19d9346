using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Rules.Structure;

/// <summary>
/// <c>comment-in-text</c>: YAML reads <c>#</c> after a space as the start of a comment, so the unquoted value
/// "You will be seen on Ward 5 #2 bay" publishes as "You will be seen on Ward 5", silently. For each piece of
/// prose written plain (title, summary, headings, body text, owner, department, contact name, purpose and hours),
/// a comment right after the value on its last line is text the patient will not see: points at the <c>#</c>,
/// quotes what was dropped and says how to keep it. Comment lines of their own and comments after dates, numbers,
/// phone numbers and addresses are not prose and not reported.
/// </summary>
public sealed class CommentInTextRule : ILeafletRule
{
    /// <summary>How much of the dropped text the message quotes.</summary>
    private const int Quoted = 40;

    /// <summary>
    /// How the hints of <c>leaflet new</c> start ("heading:  # Fill in: the first heading"): an editor who writes the
    /// value before the hint leaves the hint behind, a note to the editor and not words of the leaflet.
    /// </summary>
    private const string FillIn = "Fill in:";

    public RuleInfo Info => RuleCatalogue.CommentInText;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        var source = leaflet.Source.Text;
        ReadOnlySpan<LocatedText?> details = [leaflet.Owner, leaflet.Department];
        foreach (var text in details) Check(source, text, bag);
        foreach (var prose in context.AnalysisOf(leaflet).Prose.Texts) Check(source, prose.Text, bag);
        foreach (var contact in leaflet.Contacts)
        {
            Check(source, contact.Name, bag);
            Check(source, contact.Purpose, bag);
            Check(source, contact.Hours, bag);
        }
    }

    private void Check(string source, LocatedText? text, DiagnosticBag bag)
    {
        if (text is null || text.Style != YamlScalarStyle.Plain || text.Value.Length == 0) return;
        var end = text.Span.End;
        if (CommentAfter(source, end.Offset) is not { } hash) return;

        var lineEnd = source.IndexOfAny(['\r', '\n'], hash);
        var dropped = source[(hash + 1)..(lineEnd < 0 ? source.Length : lineEnd)].Trim();
        if (dropped.StartsWith(FillIn, StringComparison.Ordinal)) return;
        if (dropped.Length > Quoted) dropped = dropped[..Quoted] + "…";
        var at = new SourcePosition(end.Line, end.Column + (hash - end.Offset), hash);
        bag.Report(Info, at,
            $"Everything after ' #' on this line was read as a comment and is not in the leaflet: \"{dropped}\". " +
            "Put the text in quotes to keep it.");
    }

    /// <summary>Where the <c>#</c> of a comment is on the rest of the line from <paramref name="offset"/>, if there is one.</summary>
    private static int? CommentAfter(string source, int offset)
    {
        if (offset <= 0 || offset > source.Length) return null;
        var at = offset;
        while (at < source.Length && source[at] is ' ' or '\t') at++;
        return at > offset && at < source.Length && source[at] == '#' ? at : null;
    }
}
