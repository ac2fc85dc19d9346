using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Yaml;

/// <summary>
/// Every syntax error of a file the parser refused, in plain words: each known mistake on its own line
/// (<see cref="YamlMistakes"/>), then the parser's first error, said plainly where it is a known kind, unless it is one
/// of those mistakes again.
/// </summary>
public static class YamlSyntaxErrors
{
    public static IReadOnlyList<Diagnostic> For(SourceDocument source, SourcePosition position, string problem)
    {
        var mistakes = YamlMistakes.Find(source.Text);
        var found = mistakes
            .Select(m => Diagnostic.At(RuleCatalogue.YamlSyntax, source.Name,
                At(source.Text, m.Line, m.Column), $"This is not valid YAML: {m.Message}."))
            .ToList();
        // The parser reports a tab in the indentation at the end of the line before it, or at the start of the
        // block it breaks (1:1 for a top-level field): any tab found stands for it.
        var tab = problem.Contains("tab", StringComparison.OrdinalIgnoreCase);
        var repeated = mistakes.Any(m => m.Line == position.Line || (tab && m.Message.Contains("a tab")));
        if (!repeated) found.Add(Parser(source, position, problem));
        return found.Order(Diagnostic.Order).ToList();
    }

    private static Diagnostic Parser(SourceDocument source, SourcePosition position, string problem)
    {
        var explained = YamlWords.Explain(source.Text, position, problem);
        var hint = explained is not null || problem.Contains("nested more than", StringComparison.Ordinal) ? ""
            : problem.Contains("tab", StringComparison.OrdinalIgnoreCase)
                ? " Indent with spaces: YAML does not allow tabs there."
                : " Check the indentation, and put text that contains \": \" or starts with a symbol in quotes.";
        var at = explained is { } e ? At(source.Text, position.Line, e.Column) : position;
        return Diagnostic.At(RuleCatalogue.YamlSyntax, source.Name, at,
            $"This is not valid YAML: {explained?.Words ?? problem}.{hint}");
    }

    /// <summary>The position of a 1-based line and column, with its character offset.</summary>
    private static SourcePosition At(string text, int line, int column)
    {
        var offset = 0;
        for (var n = 1; n < line; n++)
        {
            var next = text.IndexOf('\n', offset);
            if (next < 0) break;
            offset = next + 1;
        }

        return new SourcePosition(line, column, Math.Min(text.Length, offset + column - 1));
    }
}
