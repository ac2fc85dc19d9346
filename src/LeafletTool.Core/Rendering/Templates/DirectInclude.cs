using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LeafletTool.Core.Rendering.Templates;

/// <summary>
/// Scriban's <c>include</c>, rendering a partial straight into the caller's output where that gives the same text.
/// Scriban renders every include into a new buffer, turns it into a string and writes that string out (plus a
/// dictionary and a path check per call); the section partial is included about 15 times a page, and that
/// overhead was about a third of a page's render (measured: see docs/decisions/0004-direct-include.md).
/// </summary>
/// <remarks>
/// The direct way is taken only where it cannot change a character: <c>{{ include 'name' }}</c> as a statement of
/// its own (its value is written out, not used), no named arguments, a name that is exactly one of the templates,
/// the caller's automatic indent empty, and a partial with no indented <c>{{</c> of its own (so the "last text was
/// a line break" state that indenting reads never matters inside it). It then does what Scriban's
/// <c>TemplateContext.RenderTemplate</c> does, in the same order, apart from the buffer: the recursion limit, a local
/// scope with <c>$</c> (the arguments), the partial's own file name for error positions. Anything else goes to
/// Scriban's
/// own include, unchanged.
/// </remarks>
internal sealed class DirectInclude(IReadOnlyDictionary<string, Template> direct) : IScriptCustomFunction
{
    private readonly IncludeFunction scriban = new();

    public int RequiredParameterCount => scriban.RequiredParameterCount;

    public int ParameterCount => scriban.ParameterCount;

    public ScriptVarParamKind VarParamKind => scriban.VarParamKind;

    public Type ReturnType => scriban.ReturnType;

    /// <summary>The templates a literal include may render directly: those with no indented <c>{{</c>.</summary>
    public static Dictionary<string, Template> Eligible(IReadOnlyDictionary<string, Template> parsed) =>
        parsed.Where(p => !HasIndentedEscape(p.Value.Page))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement)
    {
        if (callerContext is not ScriptFunctionCall { Parent: ScriptExpressionStatement } call
            || call.Arguments.Any(a => a is ScriptNamedArgument)
            || !string.IsNullOrEmpty(context.CurrentIndent)
            || arguments.Count == 0 || arguments[0] is not string name
            || !direct.TryGetValue(name, out var template))
        {
            return scriban.Invoke(context, callerContext, arguments, blockStatement);
        }

        Render(context, call, template, arguments);
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) =>
        scriban.InvokeAsync(context, callerContext, arguments, blockStatement);

    public ScriptParameterInfo GetParameterInfo(int index) => scriban.GetParameterInfo(index);

    public int GetParameterIndexByName(string name) => scriban.GetParameterIndexByName(name);

    private static void Render(TemplateContext context, ScriptFunctionCall call, Template template,
        ScriptArray arguments)
    {
        context.EnterRecursive(call);
        var indent = context.CurrentIndent;
        context.CurrentIndent = null;
        context.PushLocal();
        var file = template.SourceFilePath;
        if (file is not null) context.PushSourceFile(file);
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            context.UseScientific = template.LexerOptions.Lang == ScriptLang.Scientific;
            if (template.Page is { } page && context.Evaluate(page) is { } last && context.EnableOutput)
                context.Write(page.Span, last);
        }
        finally
        {
            if (file is not null) context.PopSourceFile();
            context.PopLocal();
            context.CurrentIndent = indent;
            context.ExitRecursive(call);
        }
    }

    private static bool HasIndentedEscape(ScriptNode? node)
    {
        if (node is null) return false;
        if (node is ScriptEscapeStatement { Indent.Length: > 0 }) return true;
        foreach (var child in node.Children)
        {
            if (HasIndentedEscape(child)) return true;
        }

        return false;
    }
}
