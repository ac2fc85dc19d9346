using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LeafletTool.Core.Rendering.Templates;

/// <summary>
/// An entry template turned into a tree of steps that write a page without Scriban's evaluator: text, values,
/// <c>if</c>, <c>for</c>, <c>case</c>/<c>when</c>, and the partials it includes, read into the tree
/// (<see cref="TemplateCompiler"/> makes it; a template using anything else gets none, and Scriban renders it).
/// Where the answer is not plainly the one Scriban would give (a missing member, a value that is not text, a yes or
/// no, a number or nothing), a step gives up (<see cref="Unsure"/>), and the page is rendered again by Scriban, which
/// then writes it or reports the error: so the tree writes exactly Scriban's characters or nothing.
/// Scriban's own helpers decide truth, comparisons and arithmetic and write values as text, so they mean the same.
/// </summary>
internal sealed class CompiledTemplate(Step body, int loopDepth)
{
    /// <summary>Writes the page into <paramref name="output"/>; false when it gave up (the output is then partial).
    /// </summary>
    public bool TryRender(TemplateContext context, ScriptObject globals, PageOutput output)
    {
        var run = new Run(context, globals, output, loopDepth);
        try
        {
            body.Do(run);
            return true;
        }
        catch (Exception e) when (e is Unsure or ScriptRuntimeException)
        {
            run.Undo();
            (globals as TypedGlobals)?.Fill();
            return false;
        }
    }
}

/// <summary>The state of one render: the globals, the loops' variables and counts, the output.</summary>
internal sealed class Run(TemplateContext context, ScriptObject globals, PageOutput output, int loopDepth)
{
    public TemplateContext Context { get; } = context;

    public ScriptObject Globals { get; } = globals;

    public PageOutput Output { get; } = output;

    /// <summary>The variable of each loop being run, outermost first.</summary>
    public object?[] LoopValues { get; } = new object?[loopDepth];

    /// <summary>The index of each loop being run (what <c>for.index</c> gives).</summary>
    public int[] LoopIndexes { get; } = new int[loopDepth];

    private List<(string Name, bool Had, object? Was)>? assigned;

    /// <summary>Sets a global as Scriban's <c>name = value</c> does, remembering what it was.</summary>
    public void Assign(string name, object? value)
    {
        if (Globals.IsReadOnly || !Globals.CanWrite(name)) throw Unsure.Instance;
        var had = Globals.TryGetValue(name, out var was);
        (assigned ??= []).Add((name, had, was));
        Globals.SetValue(name, value, readOnly: false);
    }

    /// <summary>Puts back the globals this render set, so that Scriban renders the page from the start.</summary>
    public void Undo()
    {
        for (var i = (assigned?.Count ?? 0) - 1; i >= 0; i--)
        {
            var (name, had, was) = assigned![i];
            if (had) Globals.SetValue(name, was, readOnly: false);
            else Globals.Remove(name);
        }
    }
}

/// <summary>
/// A read-only list of the model whose items are made as they are read (the index's leaflets): the tree loops over it
/// and reads its <c>size</c>, its count, as Scriban does with any list.
/// </summary>
internal interface IModelList : System.Collections.IList
{
    /// <summary>Whether <see cref="Reused"/> may be called until <see cref="EndReading"/>: no one else reads so.
    /// </summary>
    bool StartReading();

    /// <summary>The item, made of the objects of the item read before this way, which must no longer be in use.
    /// </summary>
    object? Reused(int index);

    void EndReading();
}

/// <summary>A step that gives up: Scriban renders the page instead.</summary>
internal sealed class Unsure : Exception
{
    public static readonly Unsure Instance = new();
}

internal abstract class Step
{
    public abstract void Do(Run run);
}

internal sealed class Steps(Step[] steps) : Step
{
    public override void Do(Run run)
    {
        foreach (var step in steps) step.Do(run);
    }
}

internal sealed class Text(string text, int index, int length) : Step
{
    public override void Do(Run run) => run.Output.Write(text, index, length);
}

/// <summary>An expression statement: its value written as Scriban writes it, nothing when it is null.</summary>
internal sealed class Write(Value value) : Step
{
    public override void Do(Run run)
    {
        var of = value.Of(run);
        if (of is null) return;
        var text = of as string ?? (of is bool or int ? run.Context.ObjectToString(of) : null) ?? throw Unsure.Instance;
        run.Output.Write(text, 0, text.Length);
    }
}

internal sealed class Assign(string name, Value value) : Step
{
    public override void Do(Run run) => run.Assign(name, value.Of(run));
}

internal sealed class If(Value condition, SourceSpan span, Step then, Step? otherwise) : Step
{
    public override void Do(Run run)
    {
        if (run.Context.ToBool(span, Global.Scalar(condition.Of(run)))) then.Do(run);
        else otherwise?.Do(run);
    }
}

/// <summary><c>for x in list</c> over one of the model's lists, the variable kept in the loop's slot.</summary>
internal sealed class For(int slot, Value list, Step body) : Step
{
    public override void Do(Run run)
    {
        switch (list.Of(run))
        {
            case ScriptArray items when items.GetType() == typeof(ScriptArray):
                for (var i = 0; i < items.Count; i++) Once(run, items[i], i);
                break;

            // A typed model's list (only it gives lists that are not Scriban's): as Scriban loops over its array.
            case IReadOnlyList<object> typed
                when typed is not ScriptArray && run.Globals is TypedGlobals { Filled: false }:
                for (var i = 0; i < typed.Count; i++) Once(run, typed[i], i);
                break;

            // The index's leaflets, each made as it is read: Scriban loops over its enumerator, the same items. The
            // body keeps nothing of an item (no assignment in a loop), so one item's objects serve the next, unless
            // an outer loop is reading the same list.
            case IModelList made:
                var reuse = made.StartReading();
                try
                {
                    for (var i = 0; i < made.Count; i++) Once(run, reuse ? made.Reused(i) : made[i], i);
                }
                finally
                {
                    if (reuse) made.EndReading();
                }

                break;
            default:
                throw Unsure.Instance;
        }

        run.LoopValues[slot] = null;
    }

    private void Once(Run run, object? item, int index)
    {
        run.LoopValues[slot] = item;
        run.LoopIndexes[slot] = index;
        body.Do(run);
    }
}

/// <summary><c>case value</c> with its <c>when</c> and <c>else</c> branches: the first whose value equals it.</summary>
internal sealed class Case(Value value, SourceSpan span, (Value[] Values, Step Body)[] whens, Step? otherwise)
    : Step
{
    // When every value is a literal text (the usual case): the body of the first that is each text.
    private readonly Dictionary<string, Step>? byText =
        whens.All(w => w.Values.All(v => v is Constant { Fixed: string }))
        ? whens.SelectMany(w => w.Values.Select(v => ((string)((Constant)v).Fixed!, w.Body))).DistinctBy(p => p.Item1)
            .ToDictionary(p => p.Item1, p => p.Body, StringComparer.Ordinal)
        : null;

    public override void Do(Run run)
    {
        var of = Global.Scalar(value.Of(run));
        if (byText is not null && of is string text)
        {
            (byText.TryGetValue(text, out var chosen) ? chosen : otherwise)?.Do(run);
            return;
        }

        foreach (var (values, body) in whens)
        {
            foreach (var candidate in values)
            {
                var other = Global.Scalar(candidate.Of(run));
                var equal = of is string a && other is string b ? string.Equals(a, b, StringComparison.Ordinal)
                    : ScriptBinaryExpression.Evaluate(run.Context, span, ScriptBinaryOperator.CompareEqual, of, other)
                        is true;
                if (equal)
                {
                    body.Do(run);
                    return;
                }
            }
        }

        otherwise?.Do(run);
    }
}
