using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace LeafletTool.Core.Rendering.Templates;

/// <summary>
/// Turns a parsed template into a <see cref="CompiledTemplate"/> when every part of it is one the tree does as
/// Scriban does: text; <c>{{ value }}</c> of variables, members, literals, <c>( )</c>, <c>a ? b : c</c>, <c>||</c>,
/// <c>&amp;&amp;</c>, comparisons, <c>+ - *</c>, <c>string.replace</c> and the <c>size</c> of the index's list;
/// <c>if</c>/<c>else if</c>/<c>else</c>; <c>for x in list</c> (no options, no else) with <c>for.index</c>;
/// <c>case</c>/<c>when</c>/<c>else</c>; and <c>{{ include 'name' }}</c> of a partial that <see cref="DirectInclude"/>
/// would render directly, read into the tree. Anything else (other functions and pipes, assignments in loops,
/// <c>$</c>, captures, an indented <c>{{</c>, a loop of includes…) leaves the template to Scriban. Loop variables
/// are resolved here: each loop has a slot, inner ones after outer ones.
/// </summary>
internal sealed class TemplateCompiler
{
    private const int MostNestedIncludes = 16;

    private static readonly HashSet<ScriptBinaryOperator> Operators =
    [
        ScriptBinaryOperator.Add, ScriptBinaryOperator.Multiply,
        ScriptBinaryOperator.CompareEqual, ScriptBinaryOperator.CompareNotEqual, ScriptBinaryOperator.CompareLess,
        ScriptBinaryOperator.CompareLessOrEqual, ScriptBinaryOperator.CompareGreater,
        ScriptBinaryOperator.CompareGreaterOrEqual,
    ];

    private readonly IReadOnlyDictionary<string, Template> direct;
    private readonly List<string> loops = [];
    private readonly List<string> including = [];
    private int deepest;

    private TemplateCompiler(IReadOnlyDictionary<string, Template> direct) => this.direct = direct;

    /// <summary>
    /// The template as a tree, or null when it uses something the tree does not do. <paramref name="direct"/> are the
    /// templates with no indented <c>{{</c>: the entry must be one of them, and so must every partial it includes.
    /// </summary>
    public static CompiledTemplate? Compile(string name, IReadOnlyDictionary<string, Template> direct)
    {
        if (!direct.TryGetValue(name, out var template)) return null;
        var compiler = new TemplateCompiler(direct);
        try
        {
            var body = compiler.Page(name, template);
            return new CompiledTemplate(body, compiler.deepest);
        }
        catch (NotDone)
        {
            return null;
        }
    }

    private Step Page(string name, Template template)
    {
        if (template.Page is not { FrontMatter: null } page || template.LexerOptions.Lang != ScriptLang.Default
            || template.LexerOptions.Mode != ScriptMode.Default || including.Count >= MostNestedIncludes
            || including.Contains(name))
        {
            throw NotDone.Instance;
        }

        including.Add(name);
        var body = Block(page.Body);
        including.RemoveAt(including.Count - 1);
        return body;
    }

    private Step Block(ScriptBlockStatement? block)
    {
        if (block is null) throw NotDone.Instance;
        var steps = new List<Step>(block.Statements.Count);
        foreach (var statement in block.Statements)
        {
            if (Statement(statement) is { } step) steps.Add(step);
        }

        return steps.Count == 1 ? steps[0] : new Steps([.. steps]);
    }

    private Step? Statement(ScriptStatement statement) => statement switch
    {
        ScriptRawStatement raw => raw.Text is { Length: > 0 } t
            ? new Text(t.FullText ?? throw NotDone.Instance, t.Index, t.Length) : null,
        ScriptEscapeStatement escape => Silent(escape),
        ScriptEndStatement or ScriptNopStatement => null,
        ScriptExpressionStatement { Expression: ScriptAssignExpression a } => Assign(a),
        ScriptExpressionStatement { Expression: { } e } => Include(e) ?? new Write(Value(e)),
        ScriptIfStatement i => If(i),
        ScriptForStatement f when f.GetType() == typeof(ScriptForStatement) => For(f),
        ScriptCaseStatement c => Case(c),
        _ => throw NotDone.Instance,
    };

    private static Step? Silent(ScriptEscapeStatement escape) =>
        escape is { Indent.Length: > 0 } ? throw NotDone.Instance : null;

    private Step? Include(ScriptExpression e)
    {
        if (e is not ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" } } call) return null;
        if (loops.Contains("include") || call.Arguments.Count != 1
            || call.Arguments[0] is not ScriptLiteral { Value: string name }
            || !direct.TryGetValue(name, out var partial))
        {
            throw NotDone.Instance;
        }

        return Page(name, partial);
    }

    /// <summary><c>name = value</c> outside any loop: Scriban sets it in the globals.</summary>
    private Assign Assign(ScriptAssignExpression a) =>
        loops.Count == 0 && a is { Target: ScriptVariableGlobal target, EqualToken.TokenType: TokenType.Equal }
        && target.Name != "string"
            ? new Assign(target.Name, Value(a.Value))
            : throw NotDone.Instance;

    private If If(ScriptIfStatement i) =>
        new(Value(i.Condition), i.Condition?.Span ?? default, Block(i.Then), Else(i.Else));

    private Step? Else(ScriptConditionStatement? next) => next switch
    {
        null => null,
        ScriptIfStatement i => If(i),
        ScriptElseStatement e => Block(e.Body),
        _ => throw NotDone.Instance,
    };

    private For For(ScriptForStatement f)
    {
        if (f.NamedArguments is { Count: > 0 } || f.Else is not null || f.SetContinue
            || f.Variable is not ScriptVariableGlobal variable)
        {
            throw NotDone.Instance;
        }

        var list = Value(f.Iterator);
        var slot = loops.Count;
        loops.Add(variable.Name);
        deepest = Math.Max(deepest, loops.Count);
        var body = Block(f.Body);
        loops.RemoveAt(slot);
        return new For(slot, list, body);
    }

    private Case Case(ScriptCaseStatement c)
    {
        var whens = new List<(Value[], Step)>();
        Step? otherwise = null;
        var chains = 0;
        foreach (var statement in c.Body?.Statements ?? throw NotDone.Instance)
        {
            if (statement is ScriptEscapeStatement escape) Silent(escape);
            else if (statement is ScriptEndStatement or ScriptNopStatement) continue;
            else if (statement is ScriptWhenStatement first && chains++ == 0)
            {
                for (ScriptConditionStatement? next = first; next is not null;)
                {
                    switch (next)
                    {
                        case ScriptWhenStatement branch:
                            whens.Add(([.. branch.Values.Select(Value)], Block(branch.Body)));
                            next = branch.Next;
                            break;
                        case ScriptElseStatement e:
                            otherwise = Block(e.Body);
                            next = null;
                            break;
                        default:
                            throw NotDone.Instance;
                    }
                }
            }
            else throw NotDone.Instance;
        }

        return new Case(Value(c.Value), c.Span, [.. whens], otherwise);
    }

    private Value Value(ScriptExpression? e) => e switch
    {
        ScriptLiteral literal => new Constant(literal.Value),
        ScriptNestedExpression nested => Value(nested.Expression),
        ScriptVariableGlobal variable => Variable(variable.Name),
        ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "for" }, Member.Name: "index" }
            when loops.Count > 0 && !loops.Contains("for") => new LoopIndex(loops.Count - 1),
        ScriptMemberExpression { Member: { } member } m => new Member(Value(m.Target), member.Name),
        ScriptBinaryExpression { Operator: ScriptBinaryOperator.Or or ScriptBinaryOperator.And } b =>
            new Logical(Value(b.Left), Value(b.Right), b.Operator == ScriptBinaryOperator.And, b.Span),
        ScriptBinaryExpression b when Operators.Contains(b.Operator) =>
            new Binary(Value(b.Left), Value(b.Right), b.Operator, b.Span),
        ScriptConditionalExpression c => new Conditional(Value(c.Condition), Value(c.ThenValue), Value(c.ElseValue),
            c.Span),
        ScriptPipeCall { From: { } from, To: ScriptFunctionCall call } when IsStringReplace(call, 2) =>
            new Replace(Value(from), Value(call.Arguments[0]), Value(call.Arguments[1])),
        ScriptFunctionCall call when IsStringReplace(call, 3) =>
            new Replace(Value(call.Arguments[0]), Value(call.Arguments[1]), Value(call.Arguments[2])),
        _ => throw NotDone.Instance,
    };

    /// <summary>A call of the builtin <c>string.replace</c> with that many arguments, none named (<c>string</c> is
    /// never a loop variable or a global the template sets: neither is done).</summary>
    private bool IsStringReplace(ScriptFunctionCall call, int arguments) =>
        call is { Target: ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "string" } } target }
        && target.Member?.Name == "replace" && call.Arguments.Count == arguments
        && !call.Arguments.Any(a => a is ScriptNamedArgument) && !loops.Contains("string");

    private Value Variable(string name)
    {
        var slot = loops.LastIndexOf(name);
        return slot >= 0 ? new LoopVariable(slot) : new Global(name);
    }

    /// <summary>Something the tree does not do: the template is left to Scriban.</summary>
    private sealed class NotDone : Exception
    {
        public static readonly NotDone Instance = new();
    }
}
