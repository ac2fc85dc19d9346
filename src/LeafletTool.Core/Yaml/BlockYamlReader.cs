using LeafletTool.Core.Text;

namespace LeafletTool.Core.Yaml;

/// <summary>
/// A fast reader for the YAML that leaflets are written in: block mappings and lists (indented or not, with
/// <c>- key: value</c> items), plain and quoted one-line values, <c>|</c> and <c>&gt;</c> blocks, comments,
/// blank lines, an opening <c>---</c>, LF or CRLF. It gives exactly the nodes, values, styles and positions
/// YamlDotNet's parser gives for such text, several times faster; anything else (flow lists, anchors, tags,
/// values over several lines, escapes, errors of any kind) makes it give up, and the caller reads the text with
/// YamlDotNet. Giving up is always safe: it never decides that text is wrong.
/// </summary>
internal sealed partial class BlockYamlReader
{
    /// <summary>Lists and field sets nested deeper than this are left to YamlDotNet (a leaflet nests four
    /// deep).</summary>
    private const int MaxDepth = 64;

    private readonly YamlLines lines;
    private readonly YamlScratch scratch;
    private int nodes;
    private int depth;

    private BlockYamlReader(YamlLines lines, YamlScratch scratch)
    {
        this.lines = lines;
        this.scratch = scratch;
    }

    /// <summary>
    /// The document's root, or null when the text is not in the subset this reader knows. Reuses the worker's
    /// <paramref name="scratch"/> when given.
    /// </summary>
    public static YamlNode? TryRead(string text, YamlScratch? scratch = null)
    {
        scratch ??= new YamlScratch();
        if (YamlLines.TryCreate(text, scratch) is not { } lines) return null;
        try
        {
            return new BlockYamlReader(lines, scratch).ReadDocument();
        }
        catch (GiveUpException)
        {
            return null;
        }
    }

    private YamlNode ReadDocument()
    {
        var line = lines.NextContent(0);
        if (line < lines.Count && IsDocumentMarker(line))
        {
            if (lines.Chars(line, 0, 3) is not "---" || !IsEndOfValue(line, SkipSpaces(line, 3))) GiveUp();
            line = lines.NextContent(line + 1);
        }

        for (var other = line; other < lines.Count; other++)
        {
            if (IsDocumentMarker(other) || (lines.Length(other) > 0 && lines.At(other, 0) == '%')) GiveUp();
        }

        if (line >= lines.Count || lines.Indent(line) != 0 || IsDash(line, 0)) GiveUp();
        var (root, next) = ReadMapping(line, 0);
        if (next < lines.Count) GiveUp();
        return root;
    }

    /// <summary>A mapping whose first key starts at <paramref name="column"/> of <paramref name="line"/>; returns it
    /// and the first line after it.</summary>
    private (YamlNode Node, int Next) ReadMapping(int line, int column)
    {
        Enter();
        var start = lines.Position(line, column);
        Count();
        var entries = scratch.EntriesAt(depth);
        HashSet<string>? keys = null;
        while (true)
        {
            var (key, colon) = ReadKey(line, column);
            if (IsDuplicate(entries, ref keys, key.Value)) GiveUp();

            var (value, next) = ReadMappingValue(line, colon, column);
            entries.Add(new(key, value));
            if (next >= lines.Count || lines.Indent(next) < column)
            {
                depth--;
                return (Mapping(YamlScratch.Exact(entries), start, next), next);
            }

            if (lines.Indent(next) > column || IsDash(next, column)) GiveUp();
            (line, column) = (next, lines.Indent(next));
        }
    }

    /// <summary>
    /// Whether a mapping already has the key. A leaflet's mappings have a few keys each: they are compared in turn,
    /// and a set is made only for a mapping of many keys (a set for each of a leaflet's 40 mappings was about 10 KB a
    /// read).
    /// </summary>
    private static bool IsDuplicate(List<KeyValuePair<YamlScalar, YamlNode>> entries, ref HashSet<string>? keys,
        string key)
    {
        const int ComparedInTurn = 16;
        if (keys is null && entries.Count < ComparedInTurn)
        {
            foreach (var entry in entries)
            {
                if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal)) return true;
            }

            return false;
        }

        if (keys is null)
        {
            keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries) keys.Add(entry.Key.Value);
        }

        return !keys.Add(key);
    }

    private YamlMapping Mapping(List<KeyValuePair<YamlScalar, YamlNode>> entries, SourcePosition start, int next) =>
        new(entries, new SourceSpan(start, lines.TokenStart(next)));

    /// <summary>The value after <c>key:</c>: on the same line, or the block on the lines below.</summary>
    private (YamlNode Node, int Next) ReadMappingValue(int line, int colon, int indent)
    {
        var at = SkipSpaces(line, colon + 1);
        if (!IsEndOfValue(line, at)) return ReadValue(line, at, indent);

        var next = lines.NextContent(line + 1);
        if (next < lines.Count && lines.Indent(next) > indent)
        {
            var column = lines.Indent(next);
            return IsDash(next, column) ? ReadSequence(next, column, indentless: false) : ReadMapping(next, column);
        }

        if (next < lines.Count && lines.Indent(next) == indent && IsDash(next, indent))
            return ReadSequence(next, indent, indentless: true);
        var empty = lines.Position(line, colon + 1);
        Count();
        return (new YamlScalar("", YamlScalarStyle.Plain, new SourceSpan(empty, empty)), next);
    }

    /// <summary>A list whose first <c>-</c> is at <paramref name="column"/> of <paramref name="line"/>.</summary>
    private (YamlNode Node, int Next) ReadSequence(int line, int column, bool indentless)
    {
        Enter();
        var start = lines.Position(line, column);
        Count();
        var items = scratch.ItemsAt(depth);
        while (true)
        {
            var at = SkipSpaces(line, column + 1);
            if (at == column + 1 || IsEndOfValue(line, at)) GiveUp();
            var (item, next) = IsKey(line, at) ? ReadMapping(line, at) : ReadValue(line, at, column);
            items.Add(item);
            var ends = next >= lines.Count || lines.Indent(next) < column
                || (lines.Indent(next) == column && !IsDash(next, column));
            if (ends)
            {
                if (!indentless && next < lines.Count && lines.Indent(next) == column) GiveUp();
                depth--;
                return (new YamlSequence(YamlScratch.Exact(items), new SourceSpan(start, lines.TokenStart(next))),
                    next);
            }

            if (lines.Indent(next) > column) GiveUp();
            line = next;
        }
    }

    /// <summary>A value that starts at <paramref name="at"/> of <paramref name="line"/>, inside a block indented by
    /// <paramref name="indent"/>.</summary>
    private (YamlNode Node, int Next) ReadValue(int line, int at, int indent)
    {
        Count();
        switch (lines.At(line, at))
        {
            case '|' or '>':
                return ReadBlockScalar(line, at, indent);
            case '\'' or '"':
                return (ReadQuoted(line, at), AfterOneLineValue(line, indent, plain: false));
            default:
                return (ReadPlain(line, at), AfterOneLineValue(line, indent, plain: true));
        }
    }

    /// <summary>The next line with a token. A plain value continued on a more indented line is more than this reader
    /// reads.</summary>
    private int AfterOneLineValue(int line, int indent, bool plain)
    {
        if (plain)
        {
            var following = line + 1;
            while (following < lines.Count && lines.IsBlank(following)) following++;
            if (following < lines.Count && lines.Indent(following) > indent
                && lines.At(following, lines.Indent(following)) != '#') GiveUp();
        }

        return lines.NextContent(line + 1);
    }

    private void Enter()
    {
        if (++depth > MaxDepth) GiveUp();
    }

    private void Count()
    {
        if (++nodes > YamlDocumentReader.MaxExpandedNodes) GiveUp();
    }

    private static void GiveUp() => throw new GiveUpException();

    /// <summary>Thrown to leave the reader from any depth; never escapes <see cref="TryRead"/>.</summary>
    private sealed class GiveUpException : Exception;
}
