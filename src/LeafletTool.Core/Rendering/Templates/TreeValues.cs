using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LeafletTool.Core.Rendering.Templates;

internal abstract class Value
{
    public abstract object? Of(Run run);
}

internal sealed class Constant(object? value) : Value
{
    public object? Fixed => value;

    public override object? Of(Run run) => value;
}

internal sealed class Global(string name) : Value
{
    private readonly int key = MemberKeys.Of(name);

    public override object? Of(Run run)
    {
        var globals = run.Globals;
        if (globals.Count > 0 && globals.TryGetValue(name, out var value)) return Plain(value);
        if (globals is TypedGlobals { Filled: false } typed && typed.Member(typed, key) is var typedValue
            && !ReferenceEquals(typedValue, TypedGlobals.Missing))
        {
            return Plain(typedValue);
        }

        throw Unsure.Instance;
    }

    /// <summary>The value, unless it is one Scriban would call or evaluate rather than give. (A text, most values,
    /// is known at once: the interface tests look through every interface a string has.)</summary>
    public static object? Plain(object? value) =>
        value is string || value is not (IScriptCustomFunction or ScriptNode) ? value : throw Unsure.Instance;

    /// <summary>
    /// The value, unless it is one of a typed model's objects or lists, whose truth or comparison would be the Scriban
    /// object's (<see cref="TypedGlobals.IsTyped"/>).
    /// </summary>
    public static object? Scalar(object? value) => TypedGlobals.IsTyped(value) ? throw Unsure.Instance : value;
}

internal sealed class LoopVariable(int slot) : Value
{
    public override object? Of(Run run) => Global.Plain(run.LoopValues[slot]);
}

/// <summary><c>for.index</c> of the innermost loop.</summary>
internal sealed class LoopIndex(int slot) : Value
{
    public override object? Of(Run run) => run.LoopIndexes[slot];
}

internal sealed class Member(Value target, string name) : Value
{
    private readonly int key = MemberKeys.Of(name);

    public override object? Of(Run run)
    {
        var of = target.Of(run);
        if (of is ScriptObject o)
        {
            return o.TryGetValue(name, out var value) ? Global.Plain(value) : throw Unsure.Instance;
        }

        if (of is ITypedValue && run.Globals is TypedGlobals typed && typed.Member(of, key) is var typedValue
            && !ReferenceEquals(typedValue, TypedGlobals.Missing))
        {
            return Global.Plain(typedValue);
        }

        // Scriban's size of a list is its count.
        if (of is IModelList list && name == "size") return list.Count;
        throw Unsure.Instance;
    }
}

/// <summary><c>a || b</c> and <c>a &amp;&amp; b</c>: both sides read (so a missing one is found), then Scriban's truth.
/// </summary>
internal sealed class Logical(Value left, Value right, bool and, SourceSpan span) : Value
{
    public override object? Of(Run run)
    {
        var l = run.Context.ToBool(span, Global.Scalar(left.Of(run)));
        var r = run.Context.ToBool(span, Global.Scalar(right.Of(run)));
        return and ? l && r : l || r;
    }
}

internal sealed class Binary(Value left, Value right, ScriptBinaryOperator op, SourceSpan span) : Value
{
    public override object? Of(Run run)
    {
        var l = Global.Scalar(left.Of(run));
        var r = Global.Scalar(right.Of(run));
        return ScriptBinaryExpression.Evaluate(run.Context, span, op, l, r);
    }
}

internal sealed class Conditional(Value condition, Value then, Value otherwise, SourceSpan span) : Value
{
    public override object? Of(Run run) =>
        run.Context.ToBool(span, Global.Scalar(condition.Of(run))) ? then.Of(run) : otherwise.Of(run);
}

/// <summary><c>text | string.replace match by</c>, or the call with three arguments: Scriban's own function, of texts
/// only.</summary>
internal sealed class Replace(Value text, Value match, Value by) : Value
{
    public override object? Of(Run run) =>
        text.Of(run) is string t && match.Of(run) is string m && by.Of(run) is string b
            ? StringFunctions.Replace(t, m, b)
            : throw Unsure.Instance;
}
