using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using LeafletTool.Core.Config;

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
    // A fixed pattern that cannot backtrack badly, so it needs no time limit (which a busy machine could reach).
    private static readonly Regex AfterVer = new(@"VER(\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static ResourceVersion Parse(string value, string? pattern)
    {
        if (PatternFor(pattern) is { } regex && regex.Match(value) is { } match
            && match.Groups["version"] is { Success: true } group)
        {
            return From(value, group.Index, group.Length);
        }

        var ver = AfterVer.Match(value);
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

    private static TrustPattern? PatternFor(string? pattern) =>
        string.IsNullOrEmpty(pattern) || !pattern.Contains("?<version>", StringComparison.Ordinal)
            && !pattern.Contains("?'version'", StringComparison.Ordinal)
            ? null
            : TrustPattern.For(pattern);
}
