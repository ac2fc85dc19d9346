using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace LeafletTool.Core.ChangeControl;

/// <summary>
/// Word-level differences between two lists of lines, with DiffPlex's Myers diff. Each line becomes a marker token
/// (its kind) and its words; the diff runs over the tokens, so a word moved from one line to the next is one
/// deletion and one insertion, and a line added or removed keeps its neighbours unmarked.
/// </summary>
public static class WordDiff
{
    private const char Marker = '\u0001';
    private const char Glue = '\u0002';
    private const string Opening = "([{\"'\u2018\u201c";
    private const string Closing = ".,;:!?)]}\"'\u2019\u201d\u2026";

    public static IReadOnlyList<DiffLine> Between(IReadOnlyList<PatientLine> old, IReadOnlyList<PatientLine> next)
    {
        var a = Tokens(old);
        var b = Tokens(next);
        var result = Differ.Instance.CreateDiffs(string.Join('\n', a), string.Join('\n', b), false, false,
            LineTokens.Instance);
        var merged = new List<(Change Change, string Token)>(a.Count + b.Count);
        int i = 0, j = 0;
        foreach (DiffBlock block in result.DiffBlocks)
        {
            while (i < block.DeleteStartA) { merged.Add((Change.Same, a[i++])); j++; }
            for (var k = 0; k < block.DeleteCountA; k++) merged.Add((Change.Deleted, a[i++]));
            for (var k = 0; k < block.InsertCountB; k++) merged.Add((Change.Inserted, b[j++]));
        }

        while (i < a.Count) { merged.Add((Change.Same, a[i++])); j++; }
        return Lines(merged);
    }

    /// <summary>Every line of <paramref name="lines"/> as one span of <paramref name="change"/>.</summary>
    public static IReadOnlyList<DiffLine> All(IReadOnlyList<PatientLine> lines, Change change) =>
        lines.Select(l => new DiffLine(l.Kind, [new DiffSpan(change, l.Text)])).ToList();

    private static List<string> Tokens(IReadOnlyList<PatientLine> lines)
    {
        var tokens = new List<string>();
        foreach (var line in lines)
        {
            tokens.Add(Marker + line.Kind.ToString());
            foreach (var word in line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)) AddWord(tokens, word);
        }

        return tokens;
    }

    /// <summary>A word as tokens: punctuation before and after it on its own (marked as written against its
    /// neighbour), so that "bleeding," and "bleeding or" share "bleeding".</summary>
    private static void AddWord(List<string> tokens, string word)
    {
        int start = 0, end = word.Length;
        while (start < end - 1 && Opening.Contains(word[start], StringComparison.Ordinal)) start++;
        while (end > start + 1 && Closing.Contains(word[end - 1], StringComparison.Ordinal)) end--;
        for (var i = 0; i < start; i++) tokens.Add(i == 0 ? word[i].ToString() : Glue + word[i].ToString());
        tokens.Add(start == 0 ? word[start..end] : Glue + word[start..end]);
        for (var i = end; i < word.Length; i++) tokens.Add(Glue + word[i].ToString());
    }

    private static List<DiffLine> Lines(List<(Change Change, string Token)> merged)
    {
        var lines = new List<DiffLine>();
        var kind = LineKind.Text;
        var spans = new List<DiffSpan>();
        var words = new StringBuilder();
        var attached = false;
        var current = Change.Same;
        foreach (var (change, token) in merged)
        {
            if (token.Length > 0 && token[0] == Marker)
            {
                Flush();
                if (spans.Count > 0) lines.Add(new DiffLine(kind, spans));
                spans = [];
                kind = Enum.Parse<LineKind>(token.AsSpan(1));
                continue;
            }

            if (change != current) Flush();
            current = change;
            var glued = token[0] == Glue;
            if (words.Length == 0) attached = glued;
            else if (!glued) words.Append(' ');
            words.Append(glued ? token.AsSpan(1) : token);
        }

        Flush();
        if (spans.Count > 0) lines.Add(new DiffLine(kind, spans));
        return lines;

        void Flush()
        {
            if (words.Length > 0) spans.Add(new DiffSpan(current, words.ToString(), attached && spans.Count > 0));
            words.Clear();
        }
    }
}
