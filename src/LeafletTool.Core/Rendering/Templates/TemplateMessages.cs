using System.Text.RegularExpressions;
using LeafletTool.Core.Language.Spelling;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LeafletTool.Core.Rendering.Templates;

/// <summary>Turns Scriban's messages into ones an editor can act on, with 1-based positions and, for a misspelt name,
/// the nearest real one.</summary>
internal static partial class TemplateMessages
{
    [GeneratedRegex(@"^The variable or function `(?<name>[^`]+)` was not found", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UnknownVariable();

    [GeneratedRegex(@"^Cannot get member with name (?<name>.+?)\.?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UnknownMember();

    public static TemplateError FromParser(LogMessage message) =>
        new(message.Span.FileName ?? "", message.Span.Start.Line + 1, message.Span.Start.Column + 1,
            $"template syntax error: {message.Message}");

    public static TemplateError FromRuntime(ScriptRuntimeException e, ScriptObject globals)
    {
        var text = e.OriginalMessage ?? e.Message;
        if (UnknownVariable().Match(text) is { Success: true } variable)
        {
            var name = variable.Groups["name"].Value;
            var hint = Hint(name, globals.Keys);
            text = $"'{name}' is not a variable templates get{hint} (the variables are: "
                + $"{string.Join(", ", globals.Keys.Order(StringComparer.Ordinal))})";
        }
        else if (UnknownMember().Match(text) is { Success: true } member)
        {
            var name = member.Groups["name"].Value;
            text = $"'{name}' is not a field templates get{Hint(name, AllMemberNames(globals))}";
        }

        return new TemplateError(e.Span.FileName ?? "", e.Span.Start.Line + 1, e.Span.Start.Column + 1, text);
    }

    private static string Hint(string name, IEnumerable<string> candidates) =>
        EditDistance.Nearest(name,
            candidates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) is { } nearest
            ? $"; did you mean '{nearest}'?"
            : "";

    private static IEnumerable<string> AllMemberNames(ScriptObject root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<object?>([root]);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case ScriptObject obj:
                    foreach (var (key, value) in obj)
                    {
                        names.Add(key);
                        if (value is ScriptObject or ScriptArray) pending.Push(value);
                    }

                    break;
                case ScriptArray array when array.Count > 0:
                    pending.Push(array[0]);
                    break;
            }
        }

        return names;
    }
}
