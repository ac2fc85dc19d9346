using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LeafletTool.Core.Rendering.Templates;

/// <summary>
/// Resolves <c>{{ include 'partials/contacts.html' }}</c>: names are relative to the templates folder, with <c>/</c>.
/// Every template is parsed before rendering starts, so this only ever reports a name that does not exist.
/// </summary>
internal sealed class TemplateLoader(ITemplateSource source) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.Replace('\\', '/').Trim();
        if (name.Length == 0 || name.StartsWith('/') || name.Contains(':', StringComparison.Ordinal)
            || name.Split('/').Contains(".."))
        {
            throw new ScriptRuntimeException(callerSpan,
                $"include '{templateName}': name a file inside the templates folder, such as 'partials/contacts.html'");
        }

        return name;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        source.Read(templatePath) is { } text && TemplateSet.IsTemplate(templatePath)
            ? text
            : throw new ScriptRuntimeException(callerSpan,
                $"include '{templatePath}': there is no such template ({source.DisplayName(templatePath)} does not "
                + "exist)");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
