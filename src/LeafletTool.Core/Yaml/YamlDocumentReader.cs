using System.Text.RegularExpressions;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LeafletTool.Core.Yaml;

/// <summary>The root node of a document, or null when the text is not usable YAML, with what went wrong.</summary>
public sealed record YamlReadResult(YamlNode? Root, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Reads one YAML document into <see cref="YamlNode"/>s from YamlDotNet's parser events, keeping every
/// node's position. Never throws for bad input: syntax errors, several documents, duplicate keys,
/// non-text keys and alias bombs all become diagnostics.
/// </summary>
public static partial class YamlDocumentReader
{
    /// <summary>How many nodes a document may hold once aliases are counted as copies ("billion laughs"
    /// guard).</summary>
    public const int MaxExpandedNodes = 100_000;

    /// <summary>How deep lists and field sets may nest (a leaflet nests four deep). The tree is built by recursion,
    /// one level a call, so 20,000 "[" in a 20 KB file would otherwise overflow the stack and end the process.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>Reads a document, with the worker's <paramref name="scratch"/> when given.</summary>
    public static YamlReadResult Read(SourceDocument source, YamlScratch? scratch = null)
    {
        // Leaflets are nearly always in the plain block style that the fast reader knows; it gives up on anything else.
        if (BlockYamlReader.TryRead(source.Text, scratch) is { } simple) return new YamlReadResult(simple, []);
        return ReadWithYamlDotNet(source);
    }

    /// <summary>Reads any YAML with YamlDotNet's parser; <see cref="Read"/> comes here when the fast reader gives
    /// up.</summary>
    internal static YamlReadResult ReadWithYamlDotNet(SourceDocument source)
    {
        var builder = new Builder(source.Name);
        var parser = new TrackingParser(new Parser(new Scanner(new StringReader(source.Text))));
        try
        {
            var root = builder.ReadStream(parser);
            return new YamlReadResult(root, builder.Diagnostics);
        }
        catch (YamlException e)
        {
            return SyntaxError(source, builder, ToPosition(e.Start), Describe(e));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on a few malformed inputs, mostly a "[" or "{" left open
            // (a flow collection whose text runs on to the next line); point at the last value that opened.
            return SyntaxError(source, builder, ToPosition(parser.LastStart),
                "the file cannot be read past here; check for a \"[\" or \"{\" that is never closed");
        }
        catch (ArgumentException)
        {
            // YamlDotNet throws this for a tag that is not a valid address (found by fuzzing: "!![").
            return SyntaxError(source, builder, ToPosition(parser.LastStart),
                "a tag (a word that starts with \"!\") is not valid here; put text that starts with \"!\" in quotes");
        }
    }

    private static YamlReadResult SyntaxError(SourceDocument source, Builder builder, SourcePosition position,
        string problem)
    {
        builder.Diagnostics.AddRange(YamlSyntaxErrors.For(source, position, problem));
        return new YamlReadResult(null, builder.Diagnostics);
    }

    internal static SourcePosition ToPosition(Mark mark) =>
        new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), (int)Math.Max(0, mark.Index));

    private static string Describe(YamlException e)
    {
        var message = MarkPrefix().Replace(e.Message, "").Trim().TrimEnd('.');
        if (message.Length == 0) message = "the parser stopped here";
        return char.ToLowerInvariant(message[0]) + message[1..];
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();

    private sealed class Builder(string file)
    {
        private readonly Dictionary<string, (YamlNode Node, long Size)> anchors = new(StringComparer.Ordinal);
        private long expanded;
        private int depth;

        public List<Diagnostic> Diagnostics { get; } = [];

        public YamlNode? ReadStream(IParser parser)
        {
            parser.Consume<StreamStart>();
            YamlNode? root = null;
            var documents = 0;
            while (parser.TryConsume<DocumentStart>(out var start))
            {
                documents++;
                if (documents == 2)
                {
                    Report(RuleCatalogue.YamlSyntax, ToPosition(start.Start),
                        "A leaflet file holds one YAML document; remove this second \"---\" and what follows, or move "
                        + "it to its own file.");
                }

                var node = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser).Node;
                parser.Consume<DocumentEnd>();
                root ??= node;
            }

            parser.Consume<StreamEnd>();
            return root;
        }

        private (YamlNode Node, long Size) ReadNode(IParser parser)
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                if (!anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value.Value} names no anchor");
                }

                Count(target.Size, alias.Start);
                return target;
            }

            var current = parser.Current as NodeEvent
                ?? throw new YamlException(parser.Current!.Start, parser.Current.End, "expected a value");
            (YamlNode Node, long Size) result = current switch
            {
                Scalar => ReadScalar(parser.Consume<Scalar>()),
                SequenceStart => ReadSequence(parser),
                MappingStart => ReadMapping(parser),
                _ => throw new YamlException(current.Start, current.End, "expected a value"),
            };
            if (!current.Anchor.IsEmpty) anchors[current.Anchor.Value] = result;
            return result;
        }

        private (YamlNode, long) ReadScalar(Scalar scalar)
        {
            Count(1, scalar.Start);
            var style = scalar.Style switch
            {
                ScalarStyle.SingleQuoted => YamlScalarStyle.SingleQuoted,
                ScalarStyle.DoubleQuoted => YamlScalarStyle.DoubleQuoted,
                ScalarStyle.Literal => YamlScalarStyle.Literal,
                ScalarStyle.Folded => YamlScalarStyle.Folded,
                _ => YamlScalarStyle.Plain,
            };
            return (new YamlScalar(scalar.Value, style,
                new SourceSpan(ToPosition(scalar.Start), ToPosition(scalar.End))), 1);
        }

        private (YamlNode, long) ReadSequence(IParser parser)
        {
            var start = parser.Consume<SequenceStart>();
            Count(1, start.Start);
            Enter(start.Start);
            var items = new List<YamlNode>();
            long size = 1;
            SequenceEnd end;
            while (!parser.TryConsume(out end!))
            {
                var (node, nodeSize) = ReadNode(parser);
                items.Add(node);
                size += nodeSize;
            }

            depth--;
            return (new YamlSequence(items, new SourceSpan(ToPosition(start.Start), ToPosition(end.End))), size);
        }

        private (YamlNode, long) ReadMapping(IParser parser)
        {
            var start = parser.Consume<MappingStart>();
            Count(1, start.Start);
            Enter(start.Start);
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            long size = 1;
            MappingEnd end;
            while (!parser.TryConsume(out end!))
            {
                var (keyNode, keySize) = ReadNode(parser);
                var (value, valueSize) = ReadNode(parser);
                size += keySize + valueSize;
                if (keyNode is not YamlScalar key)
                {
                    Report(RuleCatalogue.InvalidValue, keyNode.Start,
                        $"A field name must be a word, not {keyNode.KindName}.");
                    continue;
                }

                if (key.Value == "<<")
                {
                    Report(RuleCatalogue.InvalidValue, key.Start,
                        "YAML merge keys (<<) are not supported in leaflets; write the fields out.");
                    continue;
                }

                if (!seen.Add(key.Value))
                {
                    Report(RuleCatalogue.YamlSyntax, key.Start,
                        $"The field \"{key.Value}\" appears twice in the same place; keep one of them.");
                    continue;
                }

                entries.Add(new(key, value));
            }

            depth--;
            return (new YamlMapping(entries, new SourceSpan(ToPosition(start.Start), ToPosition(end.End))), size);
        }

        private void Enter(Mark at)
        {
            if (++depth > MaxDepth)
            {
                throw new YamlException(at, at,
                    $"the values are nested more than {MaxDepth} levels deep here (a leaflet nests four or five "
                    + "levels: sections, their lists and items); check for \"[\", \"{\" or \"- \" repeated by mistake");
            }
        }

        private void Count(long size, Mark at)
        {
            expanded += size;
            if (expanded > MaxExpandedNodes)
            {
                throw new YamlException(at, at,
                    $"the document expands to more than {MaxExpandedNodes:N0} values through anchors and aliases "
                    + "(*name), which a leaflet never needs");
            }
        }

        private void Report(RuleInfo rule, SourcePosition position, string message) =>
            Diagnostics.Add(Diagnostic.At(rule, file, position, message));
    }
}
