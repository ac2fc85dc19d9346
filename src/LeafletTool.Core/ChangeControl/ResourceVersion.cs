using System.Collections.Concurrent;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace LeafletTool.Core.ChangeControl;

/// <summary>
/// A resource number split into its base and its version: <c>5373/VER2</c> is base <c>5373/VER#</c> and version 2.
/// The version is what a named group <c>version</c> of the trust's <c>resource_number_pattern</c> captures, else
/// the number after <c>VER</c>; <see cref="Version"/> is null when there is none.
/// </summary>
public sealed record ResourceVersion(string Value, string Base, BigInteger? Version, int VersionIndex,
    int VersionLength)
{
    private const string Hole = "#";
    private static readonly Regex AfterVer = new(@"VER(\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromMilliseconds(100));

    private static readonly ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);

    public static ResourceVersion Parse(string value, string? pattern)
    {
        if (PatternFor(pattern) is { } regex && Match(regex, value) is { } match
            && match.Groups["version"] is { Success: true } group)
        {
            return From(value, group.Index, group.Length);
        }

        var ver = Match(AfterVer, value);
        return ver is { Success: true } ? From(value, ver.Groups[1].Index, ver.Groups[1].Length)
            : new ResourceVersion(value, value, null, -1, 0);
    }

    /// <summary>Whether this version is later than <paramref name="old"/>'s: by number when both have one, else
    /// whether the resource number changed at all.</summary>
    public bool IsLaterThan(ResourceVersion old) =>
        Version is { } v && old.Version is { } o ? v > o : !string.Equals(Value, old.Value, StringComparison.Ordinal);

    /// <summary>This resource number with the version after <paramref name="old"/>'s, or null when either has
    /// none.</summary>
    public string? Bumped(ResourceVersion old) =>
        old.Version is { } o && Version is not null
            ? Value[..VersionIndex] + (o + 1).ToString(CultureInfo.InvariantCulture)
              + Value[(VersionIndex + VersionLength)..]
            : null;

    private static ResourceVersion From(string value, int index, int length)
    {
        var digits = new string(value.AsSpan(index, length).ToArray().Where(char.IsAsciiDigit).ToArray());
        BigInteger? version = digits.Length > 0 ? BigInteger.Parse(digits, CultureInfo.InvariantCulture) : null;
        return new ResourceVersion(value, value[..index] + Hole + value[(index + length)..], version, index, length);
    }

    private static Regex? PatternFor(string? pattern) =>
        string.IsNullOrEmpty(pattern) || !pattern.Contains("?<version>", StringComparison.Ordinal)
            && !pattern.Contains("?'version'", StringComparison.Ordinal)
            ? null
            : Patterns.GetOrAdd(pattern, Compile);

    private static Regex? Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Match? Match(Regex regex, string value)
    {
        try
        {
            return regex.Match(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
