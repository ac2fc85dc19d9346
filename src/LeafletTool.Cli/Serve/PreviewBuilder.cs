using LeafletTool.Cli.Files;
using LeafletTool.Cli.Output;
using LeafletTool.Core.Building;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rendering.Templates;
using LeafletTool.Core.Validation;

namespace LeafletTool.Cli.Serve;

/// <summary>
/// Builds the served folder in memory with the build's own code (<see cref="SiteBuild"/> into a
/// <see cref="MemoryPageSink"/>): the same templates, view model and renderer as <c>leaflet build</c>, never a second
/// renderer. Each build reads the sources afresh (a file half-saved is read again on the next change) and writes
/// nothing to disk. A <see cref="Quick"/> build checks and renders only the leaflets that changed (the others are
/// read for the rules that look across leaflets) and keeps everything else from the last build; a
/// <see cref="Full"/> one builds everything, index included.
/// </summary>
public sealed class PreviewBuilder(string folder, string templatesDir, string currentDirectory,
    Func<string, string?> environment, Func<DateOnly> today)
{
    private static readonly PageFormat[] Formats = [PageFormat.Html, PageFormat.Print, PageFormat.Text];
    private static readonly Dictionary<string, MemoryPage> Empty = new(StringComparer.Ordinal);
    private static readonly Lazy<IReadOnlyDictionary<string, MemoryPage>> NoPages = new(Empty);
    private readonly LeafletValidator validator = environment(Workspace.KeepLoadedVariable) is null
        ? LoadTwice
        : Workspace.Validator(environment);

    /// <summary>
    /// The preview's validator loads every leaflet again for its second pass rather than keeping a thousand loaded
    /// between the two (<see cref="LeafletValidator.KeptSourceBudget"/>): kept, they outlive the young generation
    /// and pile up as garbage in the old one. On 1,000 leaflets the first build peaked at 180 MB instead of 224 MB
    /// for the same processor time; <c>LEAFLET_KEEP_LOADED_MB</c> still sets the budget.
    /// </summary>
    private static readonly LeafletValidator LoadTwice = new(Core.Rules.RuleSet.All) { KeptSourceBudget = 0 };
    private TemplateSet? templates;
    private int version;

    /// <summary>Builds the whole folder; never throws for bad input (a broken template or configuration is the
    /// snapshot's <see cref="PreviewSnapshot.Failure"/>, a broken leaflet its findings).</summary>
    public PreviewSnapshot Full(PreviewSnapshot? last = null) => Guarded(next => BuildAll(next, last));

    /// <summary>
    /// Builds only the leaflets named (file names in the folder), on top of <paramref name="last"/>; the index and
    /// the other leaflets' findings stay as they were until the next <see cref="Full"/> build.
    /// </summary>
    public PreviewSnapshot Quick(PreviewSnapshot last, IReadOnlySet<string> changed) =>
        Guarded(next => BuildSome(next, last, changed));

    private PreviewSnapshot Guarded(Func<int, PreviewSnapshot> build)
    {
        var next = Interlocked.Increment(ref version);
        try
        {
            return build(next);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A file that vanished between listing and reading, a folder being renamed: the next change builds again.
            return new PreviewSnapshot(next, Empty, NoPages, new Dictionary<string, IReadOnlyList<Diagnostic>>(), [],
                $"The folder could not be read: {e.Message}");
        }
    }

    private PreviewSnapshot BuildAll(int next, PreviewSnapshot? last)
    {
        var read = Workspace.Read([folder], null, currentDirectory);
        var findings = new Dictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal);
        foreach (var input in read.Inputs.Where(i => i.IsTarget)) findings[LeafletLoader.SlugOf(input.Name)] = [];
        var entries = Formats.Select(f => f.Template()).Append(PageFormats.IndexTemplate);
        var (set, errors) = TemplateSet.Compile(new TemplateFolder(templatesDir, currentDirectory), entries);
        templates = errors.Count > 0 ? null : set;
        if (templates is null)
        {
            var failure = "Template error: " + string.Join("; ", errors.Select(e => e.ToString()));
            return new PreviewSnapshot(next, Empty, NoPages, findings, read.ConfigDiagnostics, failure);
        }

        var sink = new ReusingPageSink(last?.Pages);
        var result = SiteBuild.Run(validator, read.Inputs, templates, Options(false), sink);
        Collect(result, findings);
        return new PreviewSnapshot(next, sink.Pages, LargePrint(read.Inputs, templates), findings,
            read.ConfigDiagnostics, result.Failure is { } stop ? "The build stopped: " + stop.Message : null)
        {
            Sources = SourcesOf(read.Inputs),
        };
    }

    private PreviewSnapshot BuildSome(int next, PreviewSnapshot last, IReadOnlySet<string> changed)
    {
        if (templates is not { } set || last.Failure is not null) return BuildAll(next, last);
        var read = Workspace.Read([folder], null, currentDirectory);
        var inputs = read.Inputs.Select(i => i.IsTarget && !changed.Contains(Path.GetFileName(i.Name))
            ? i with { IsTarget = false }
            : i).ToList();
        var sink = new ReusingPageSink(last.Pages);
        var build = new SiteBuild(new LeafletRenderer(set), Options(false), sink);
        var result = build.Run(validator, inputs);
        var slugs = changed.Select(LeafletLoader.SlugOf).ToHashSet(StringComparer.Ordinal);
        var present = read.Inputs.Where(i => i.IsTarget).Select(i => LeafletLoader.SlugOf(i.Name)).ToHashSet();
        var pages = new Dictionary<string, MemoryPage>(StringComparer.Ordinal);
        foreach (var (name, page) in last.Pages)
        {
            if (name == PageFormats.IndexFile || !slugs.Contains(SlugOfPage(name))) pages[name] = page;
        }

        foreach (var (name, page) in sink.Pages) pages[name] = page;
        var findings = last.Findings.Where(f => present.Contains(f.Key) && !slugs.Contains(f.Key))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        foreach (var slug in slugs.Where(present.Contains)) findings[slug] = [];
        Collect(result, findings);
        return new PreviewSnapshot(next, pages, LargePrint(read.Inputs, set), findings, read.ConfigDiagnostics,
            result.Failure is { } stop ? "The build stopped: " + stop.Message : null)
        {
            Sources = SourcesOf(read.Inputs),
        };
    }

    private static Dictionary<string, LeafletInput> SourcesOf(IReadOnlyList<LeafletInput> inputs)
    {
        var sources = new Dictionary<string, LeafletInput>(StringComparer.Ordinal);
        foreach (var input in inputs.Where(i => i.IsTarget)) sources[LeafletLoader.SlugOf(input.Name)] = input;
        return sources;
    }

    private static string SlugOfPage(string name) =>
        name.EndsWith(".print.html", StringComparison.Ordinal) ? name[..^".print.html".Length]
        : Path.GetFileNameWithoutExtension(name);

    private SiteBuildOptions Options(bool largePrint) =>
        new(largePrint ? [PageFormat.Print] : Formats, largePrint, today(), 0);

    /// <summary>The large-print pages, built when first asked for (a second build).</summary>
    private Lazy<IReadOnlyDictionary<string, MemoryPage>> LargePrint(IReadOnlyList<LeafletInput> inputs,
        TemplateSet set) => new(() =>
    {
        var sink = new MemoryPageSink();
        SiteBuild.Run(validator, inputs, set, Options(true), sink);
        return sink.Pages;
    });

    private static void Collect(SiteBuildResult result, Dictionary<string, IReadOnlyList<Diagnostic>> findings)
    {
        foreach (var byFile in result.Diagnostics)
        {
            foreach (var group in byFile.GroupBy(d => LeafletLoader.SlugOf(d.File)))
            {
                findings[group.Key] = group.Order(Diagnostic.Order).ToList();
            }
        }
    }
}
