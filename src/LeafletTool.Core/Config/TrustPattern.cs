using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace LeafletTool.Core.Config;

/// <summary>
/// A regular expression from the trust's settings (<c>resource_number_pattern</c>). It is matched by .NET's usual
/// engine with a time limit, so a pattern that backtracks without end cannot hang a check. When the limit is reached
/// the same pattern is matched again by the non-backtracking engine, whose time grows only with the text, with no
/// limit: a CI runner too busy to finish within the limit gets the right answer instead of a false finding, and so
/// does a pattern that backtracks badly. Only a pattern the non-backtracking engine cannot run (back-references,
/// look-arounds, atomic groups) and that runs out of time is left undecided.
/// </summary>
public sealed class TrustPattern
{
    /// <summary>The time the usual engine is given before the non-backtracking one takes over.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(200);

    private static readonly ConcurrentDictionary<string, TrustPattern?> Compiled = new(StringComparer.Ordinal);

    private readonly Regex usual;
    private readonly Lazy<Regex?> linear;

    private TrustPattern(Regex usual, string pattern, RegexOptions options)
    {
        this.usual = usual;
        linear = new Lazy<Regex?>(() => Linear(pattern, options));
    }

    /// <summary>The pattern, compiled once for the process with <see cref="Limit"/>, or null when it is not a regular
    /// expression (the configuration reader reports that).</summary>
    public static TrustPattern? For(string pattern) => Compiled.GetOrAdd(pattern, p => TryCreate(p, Limit));

    /// <summary>The pattern, or null when it is not a regular expression (the configuration reader reports that).
    /// </summary>
    public static TrustPattern? TryCreate(string pattern, TimeSpan limit, RegexOptions options = RegexOptions.None)
    {
        try
        {
            return new TrustPattern(new Regex(pattern, options | RegexOptions.CultureInvariant, limit), pattern,
                options | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Whether the pattern matches somewhere in <paramref name="text"/>; null when undecided.</summary>
    public bool? IsMatch(string text)
    {
        try
        {
            return usual.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return linear.Value?.IsMatch(text);
        }
    }

    /// <summary>The first match (its <c>Success</c> false when there is none); null when undecided.</summary>
    public Match? Match(string text)
    {
        try
        {
            return usual.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return linear.Value?.Match(text);
        }
    }

    private static Regex? Linear(string pattern, RegexOptions options)
    {
        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking, Regex.InfiniteMatchTimeout);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
