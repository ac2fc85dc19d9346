namespace LeafletTool.Core.Language.Words;

/// <summary>
/// Starts loading the embedded word lists on a thread-pool thread, so that a check of one leaflet reads and
/// parses its file while another core unpacks the American spellings (a few milliseconds; the dictionary itself is
/// read in place, <see cref="WordImage"/>, and costs nothing to load). The lists are loaded once either way.
/// </summary>
public static class WordLists
{
    private static int started;

    public static void WarmUp()
    {
        if (Interlocked.Exchange(ref started, 1) == 1) return;
        _ = Task.Run(() =>
        {
            _ = EnglishDictionary.Words.Count;
            _ = AmericanSpellings.Count;
        });
    }
}
