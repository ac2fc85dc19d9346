using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Rules.Structure;

/// <summary>
/// <c>comment-in-text</c>: YAML reads <c>#</c> after a space as the start of a comment, so in an unquoted value
/// "You will be seen on Ward 5 #2 bay" the leaflet says only "You will be seen on Ward 5". For each piece of prose
/// written plain, a comment on the line where the value ends is text the patient will not see: points at the
/// <c>#</c>, quotes what was dropped and says how to keep it.
/// </summary>
public sealed class CommentInTextRule : ILeafletRule
{
    /// <summary>How much of the dropped text the message quotes.</summary>
    private const int Quoted = 40;

    public RuleInfo Info => RuleCatalogue.CommentInText;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        var source = leaflet.Source.Text;
        foreach (var prose in context.AnalysisOf(leaflet).Prose.Texts)
        {
            var text = prose.Text;
            if (text.Style != YamlScalarStyle.Plain || text.Value.Length == 0) continue;
            if (CommentAfter(source, text.Span.End.Offset) is not { } hash) continue;

            var lineEnd = source.IndexOfAny(['\r', '\n'], hash);
            var dropped = source[(hash + 1)..(lineEnd < 0 ? source.Length : lineEnd)].Trim();
            if (dropped.Length > Quoted) dropped = dropped[..Quoted] + "…";
            var end = text.Span.End;
            var at = new SourcePosition(end.Line, end.Column + (hash - end.Offset), hash);
            bag.Report(Info, at,
                $"Everything after \" #\" on this line is read as a comment and left out of the leaflet: " +
                $"\"#{dropped}\". Put the whole text in quotes (\"...\") to keep it.");
        }
    }

    /// <summary>Where the <c>#</c> of a comment starts on the rest of the line from <paramref name="offset"/>, if one
    /// does.</summary>
    private static int? CommentAfter(string source, int offset)
    {
        if (offset <= 0 || offset > source.Length) return null;
        var at = offset;
        while (at < source.Length && source[at] is ' ' or '\t') at++;
        return at > offset && at < source.Length && source[at] == '#' ? at : null;
    }
}
