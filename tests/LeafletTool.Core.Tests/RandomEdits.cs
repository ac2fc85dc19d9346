namespace LeafletTool.Core.Tests;

/// <summary>Random small edits of a text for the fuzz tests: each edit removes a few characters or inserts one of
/// <paramref name="pieces"/>.</summary>
internal static class RandomEdits
{
    /// <param name="maxEdits">Edits are 1 to <paramref name="maxEdits"/>; a removal takes 1 to
    /// <paramref name="maxRemoved"/> characters.</param>
    public static string Apply(string text, Random random, IReadOnlyList<string> pieces, int maxEdits = 3,
        int maxRemoved = 3)
    {
        for (var edits = random.Next(1, maxEdits + 1); edits > 0; edits--)
        {
            var at = random.Next(text.Length);
            text = random.Next(3) == 0
                ? text.Remove(at, Math.Min(text.Length - at, random.Next(1, maxRemoved + 1)))
                : text.Insert(at, pieces[random.Next(pieces.Count)]);
        }

        return text;
    }
}
