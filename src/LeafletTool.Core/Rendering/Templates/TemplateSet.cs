using System.Buffers;
using System.Collections.Concurrent;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LeafletTool.Core.Rendering.Templates;

/// <summary>
/// The templates of one build, each parsed once. Rendering is strict: a misspelt variable or field is an error
/// naming the template, line and column, never empty output. Templates have no clock (<c>date</c> is removed).
/// Safe to render from several threads: each render has a context to itself, taken from a pool and given back
/// after a render that went through (a context costs more to make than a page to render). An entry template whose
/// every part the compiled tree does (<see cref="TemplateCompiler"/>; the shipped leaflet templates) is written by
/// that tree, about three times as fast as Scriban's evaluator; Scriban renders the rest, and any page the tree is
/// not sure of.
/// The builtin function objects (<c>string</c>, <c>array</c>…) are read-only, so no render can change what the next one
/// sees.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>The files of the templates folder that are templates; anything else there is ignored.</summary>
    public static readonly string[] Extensions = [".html", ".txt", ".css"];

    private readonly ITemplateSource source;
    private readonly Dictionary<string, Template> parsed;
    private readonly DirectInclude include;
    private readonly Dictionary<string, CompiledTemplate> compiled = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<TemplateContext> contexts = [];

    private TemplateSet(ITemplateSource source, Dictionary<string, Template> parsed, bool directIncludes,
        LabelTables labels)
    {
        this.source = source;
        Labels = labels;
        this.parsed = parsed;
        var direct = directIncludes ? DirectInclude.Eligible(parsed) : [];
        include = new DirectInclude(direct);
        foreach (var name in direct.Keys)
        {
            if (TemplateCompiler.Compile(name, direct) is { } tree) compiled[name] = tree;
        }
    }

    /// <summary>The label tables: built in, with the folder's <c>labels/</c> files applied.</summary>
    public LabelTables Labels { get; }

    /// <summary>Parses every template; the set, or every syntax error and every missing entry template.</summary>
    public static (TemplateSet? Set, IReadOnlyList<TemplateError> Errors) Compile(ITemplateSource source,
        IEnumerable<string> entries) =>
        Compile(source, entries, directIncludes: true);

    /// <summary>
    /// As <see cref="Compile(ITemplateSource, IEnumerable{string})"/>; without direct includes every include is
    /// Scriban's own (tests compare the two).
    /// </summary>
    internal static (TemplateSet? Set, IReadOnlyList<TemplateError> Errors) Compile(ITemplateSource source,
        IEnumerable<string> entries, bool directIncludes)
    {
        var errors = new List<TemplateError>();
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        var files = source.Files().Where(IsTemplate).ToList();
        foreach (var entry in entries.Where(e => !files.Contains(e, StringComparer.Ordinal)))
        {
            errors.Add(new TemplateError(source.DisplayName(entry), 0, 0,
                $"this template is missing; every templates folder needs {entry} "
                + "(copy it from the project's templates folder)"));
        }

        foreach (var file in files)
        {
            var text = Normalise(source.Read(file) ?? "");
            var template = Template.Parse(text, source.DisplayName(file));
            if (template.HasErrors)
            {
                var first = template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error).Take(1);
                errors.AddRange(first.Select(TemplateMessages.FromParser));
            }
            else parsed[file] = template;
        }

        var (labels, labelErrors) = LabelTables.Read(source);
        errors.AddRange(labelErrors);
        return errors.Count > 0 ? (null, errors) : (new TemplateSet(source, parsed, directIncludes, labels), []);
    }

    public static bool IsTemplate(string name) =>
        Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>Renders an entry template with the given globals; LF line endings.</summary>
    public RenderResult Render(string entry, ScriptObject globals) => Render(entry, globals, new PageOutput());

    /// <summary>As <see cref="Render(string, ScriptObject)"/>, writing the page's characters into the caller's
    /// <paramref name="output"/> first.</summary>
    internal RenderResult Render(string entry, ScriptObject globals, PageOutput output)
    {
        string? text = null;
        var error = Run(entry, globals, (template, context) =>
        {
            Write(entry, template, context, globals, output.Emptied());
            text = output.Text();
        });
        return error is null ? RenderResult.Ok(text!) : RenderResult.Failed(error);
    }

    /// <summary>
    /// Renders an entry template with the given globals straight into UTF-8 bytes (LF line endings), the same bytes
    /// as <see cref="Render(string, ScriptObject)"/>'s text encoded, without making a string of the page; null, or
    /// the template error.
    /// </summary>
    public TemplateError? RenderUtf8(string entry, ScriptObject globals, IBufferWriter<byte> into) =>
        RenderUtf8(entry, globals, into, new PageOutput());

    /// <summary>
    /// As <see cref="RenderUtf8(string, ScriptObject, IBufferWriter{byte})"/>, writing the page's characters into the
    /// caller's <paramref name="output"/> first.
    /// </summary>
    internal TemplateError? RenderUtf8(string entry, ScriptObject globals, IBufferWriter<byte> into,
        PageOutput output) =>
        Run(entry, globals, (template, context) =>
        {
            Write(entry, template, context, globals, output.Emptied());
            output.EncodeTo(into);
        });

    /// <summary>
    /// Renders an entry template into <paramref name="output"/>, leaving the page's characters there for the caller
    /// (<see cref="PageOutput.Written"/>: the text page is laid out from them); null, or the template error.
    /// </summary>
    internal TemplateError? RenderChars(string entry, ScriptObject globals, PageOutput output) =>
        Run(entry, globals, (template, context) => Write(entry, template, context, globals, output.Emptied()));

    /// <summary>
    /// As <see cref="RenderUtf8(string, ScriptObject, IBufferWriter{byte})"/> for a page that may be very large (the
    /// index): its characters are encoded into <paramref name="into"/> as they pass a megabyte, never held whole.
    /// The tree may give up part way and start the page again with Scriban: so a template the tree runs spills only
    /// into a writer that can drop what it was given (<see cref="IRestartableWriter"/>), and into any other is
    /// rendered as any page.
    /// </summary>
    internal TemplateError? RenderLargeUtf8(string entry, ScriptObject globals, IBufferWriter<byte> into) =>
        RenderUtf8(entry, globals, into,
            IsCompiled(entry) && into is not IRestartableWriter ? new PageOutput() : new PageOutput().SpillingTo(into));

    /// <summary>Whether the entry template renders without Scriban's evaluator (<see cref="CompiledTemplate"/>).
    /// </summary>
    internal bool IsCompiled(string entry) => compiled.ContainsKey(entry);

    /// <summary>
    /// Writes the page: through the compiled tree when there is one and it is sure of every step, else (from an
    /// empty page) through Scriban, which writes it or throws the template's error.
    /// </summary>
    private void Write(string entry, Template template, TemplateContext context, ScriptObject globals,
        PageOutput page)
    {
        if (compiled.TryGetValue(entry, out var tree) && tree.TryRender(context, globals, page)) return;
        page.Emptied();
        context.PushOutput(page);
        template.Render(context);
        context.PopOutput();
    }

    private TemplateError? Run(string entry, ScriptObject globals, Action<Template, TemplateContext> render)
    {
        if (!parsed.TryGetValue(entry, out var template))
        {
            return new TemplateError(source.DisplayName(entry), 0, 0, "this template is missing");
        }

        var context = contexts.TryTake(out var pooled) ? pooled : NewContext();
        context.PushGlobal(globals);
        try
        {
            render(template, context);

            // Only a context whose render went through, and left as it was found, is reused: one that failed may be in
            // any state. (Not TemplateContext.Reset: that also empties the cache of parsed templates.)
            context.PopGlobal();
            if (context is { GlobalCount: 1, OutputCount: 1, CultureCount: 0, SourceFileCount: 0 })
            {
                contexts.Add(context);
            }

            return null;
        }
        catch (ScriptParserRuntimeException e) when (e.ParserMessages.Count > 0)
        {
            return TemplateMessages.FromParser(e.ParserMessages[0]);
        }
        catch (ScriptRuntimeException e)
        {
            return TemplateMessages.FromRuntime(e, globals);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException
                                      or InvalidCastException
                                      or IndexOutOfRangeException or NullReferenceException or OverflowException)
        {
            return new TemplateError(source.DisplayName(entry), 0, 0, $"the template failed: {e.Message}");
        }
    }

    private TemplateContext NewContext()
    {
        var builtins = new BuiltinFunctions();
        builtins.Remove("date");
        builtins.Remove("include");
        builtins.SetValue("include", include, readOnly: true);
        foreach (var (_, value) in builtins)
        {
            if (value is ScriptObject functions) functions.IsReadOnly = true;
        }

        var context = new TemplateContext(builtins)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = new TemplateLoader(source),
            LoopLimit = int.MaxValue,

            // Scriban's default caps a render's output at 1 MB and silently cuts the page there (counting an include's
            // text twice, once rendered and once written out): a leaflet of about 500 KB lost its last sections.
            OutputLimit = 0,
            NewLine = "\n",
        };
        foreach (var (path, template) in parsed) context.CachedTemplates[path] = template;
        return context;
    }

    private static string Normalise(string text) =>
        (text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text).Replace("\r\n", "\n", StringComparison.Ordinal);
}
