using System.Text.RegularExpressions;

namespace LeafletTool.Core.Contacts;

/// <summary>
/// Checks a UK phone number as written in a leaflet: 0 and 10 more digits (spaces allowed), +44 and 10
/// digits (<c>+44 (0)20 …</c> too), a 10-digit 0800 number, or a service number (111, 999, 112, 119, 116 xxx);
/// optionally after the 18001 text-relay prefix and before an extension ("ext 1234"). As real leaflets write them,
/// the area code may be in brackets ("(01482) 622046") and the groups joined by hyphens ("01482-622046"). Two numbers
/// in one value ("01609 763787 or 01609 763788") are named as such: each needs its own contact.
/// </summary>
public static partial class UkPhoneNumber
{
    public static bool IsValid(string text) => Check(text).IsValid;

    public static CheckResult Check(string text)
    {
        var value = Extension().Replace(text.Trim(), "");
        var relay = Relay().Match(value);
        if (relay.Success) value = value[relay.Length..];
        if (IsWellFormed(value) || IsWellFormed(Plain(value))) return CheckResult.Valid;
        if (TwoNumbers(value) is { } two)
        {
            return new CheckResult($"gives two numbers, \"{two.First}\" and \"{two.Second}\"; give each number its "
                + "own contact, with a name or purpose that says when to call it", null);
        }

        // Brackets round the area code and hyphens are allowed: what is wrong is in the digits.
        var plain = Plain(value);
        var (problem, repaired) = Diagnose(plain.All(c => char.IsAsciiDigit(c) || c is ' ' or '+') ? plain : value);
        var suggestion = value.Length > 0 && repaired is not null && repaired != value && IsWellFormed(repaired)
            ? text.Trim().Replace(value, repaired, StringComparison.Ordinal)
            : null;
        return new CheckResult(problem, suggestion);
    }

    /// <summary>The number with an area code in brackets at its start unbracketed and hyphens between digits made
    /// spaces: "(01482) 622046" and "01482-622046" give "01482 622046".</summary>
    private static string Plain(string value)
    {
        var bracketed = BracketedAreaCode().Match(value);
        if (bracketed.Success) value = bracketed.Groups["code"].Value + " " + bracketed.Groups["rest"].Value;
        return HyphenBetweenDigits().Replace(value, " ");
    }

    /// <summary>The two numbers of a value such as "01609 763787 or 01609 763788", when both are numbers.</summary>
    private static (string First, string Second)? TwoNumbers(string value)
    {
        var parts = Joiner().Split(value);
        return parts.Length == 2 && parts.All(p => IsWellFormed(p.Trim()) || IsWellFormed(Plain(p.Trim())))
            ? (parts[0].Trim(), parts[1].Trim())
            : null;
    }

    private static bool IsWellFormed(string value)
    {
        var digits = Digits(value);
        if (ServiceNumber().IsMatch(value)) return true;
        if (National().IsMatch(value))
            return digits.Length == 11 || (digits.Length == 10 && digits.StartsWith("0800", StringComparison.Ordinal));
        var international = International().Match(value);
        return international.Success && Digits(international.Groups["rest"].Value).Length == 10;
    }

    private static (string Problem, string? Repaired) Diagnose(string value)
    {
        if (value.Any(char.IsLetter))
        {
            var mended = LetterLikeDigits().Replace(value, m => m.Value is "O" or "o" ? "0" : "1");
            return !mended.Any(char.IsLetter) && IsWellFormed(mended)
                ? ("has a letter (O, I or l) where a digit belongs", mended)
                : ("contains letters; write the number in digits only, such as 020 7188 4714", null);
        }

        var odd = value.Where(c => !char.IsDigit(c) && c != ' ' && c != '+').Distinct().ToList();
        if (odd.Count > 0 && !International().IsMatch(value))
        {
            var spaced = Spaces().Replace(Punctuation().Replace(value, " "), " ").Trim();
            return ($"has {Describe(odd)} in it; separate the groups of digits with spaces only", spaced);
        }

        var digits = Digits(value);
        if (value.StartsWith("+44", StringComparison.Ordinal)) return DiagnoseInternational(value);
        if (value.StartsWith('+')) return ("is not a UK number: a UK number starts with 0 or +44", null);
        if (digits.StartsWith("0044", StringComparison.Ordinal))
            return ("starts with 0044; write +44 instead", Dialled44().Replace(value, "+44 "));
        if (digits.StartsWith("44", StringComparison.Ordinal) && digits.Length == 12)
            return ("starts with 44 but has no +; write +44", "+" + value);
        if (!digits.StartsWith('0'))
            return ("has no area code: a UK number starts with 0 (such as 020 7188 4714), or is a service number such "
                + "as 111", null);
        return digits.Length < 11
            ? ($"has {digits.Length} digits; a UK number starting with 0 has 11. Check for a missing digit", null)
            : ($"has {digits.Length} digits; a UK number starting with 0 has 11. Check for an extra digit", null);
    }

    private static (string, string?) DiagnoseInternational(string value)
    {
        var rest = value[3..].TrimStart();
        if (rest.StartsWith("(0)", StringComparison.Ordinal)) rest = rest[3..];
        var digits = Digits(rest);
        if (digits.StartsWith('0') && digits.Length == 11)
        {
            var at = value.IndexOf('0', 3);
            return ("has a 0 after +44; leave it out (the 0 is only dialled from inside the UK)", value.Remove(at, 1));
        }

        return ($"has {digits.Length} digits after +44; a UK number has 10 after +44. Check for a "
            + $"{(digits.Length < 10 ? "missing" : "extra")} digit", null);
    }

    private static string Describe(List<char> odd) => string.Join(" and ", odd.Select(c => c switch
    {
        '-' or '–' => "hyphens",
        '.' => "full stops",
        '(' or ')' => "brackets",
        '/' => "slashes",
        _ => $"\"{c}\"",
    }).Distinct());

    private static string Digits(string value) => new(value.Where(char.IsAsciiDigit).ToArray());

    [GeneratedRegex(@"^(?:111|999|112|119|116 ?\d{3})$")]
    private static partial Regex ServiceNumber();

    [GeneratedRegex(@"^0[0-9 ]+$")]
    private static partial Regex National();

    [GeneratedRegex(@"^\+44 ?(?:\(0\) ?)?(?<rest>[1-9][0-9 ]*)$")]
    private static partial Regex International();

    [GeneratedRegex(@"^1800[12] +")]
    private static partial Regex Relay();

    [GeneratedRegex(@",?\s+(?:ext\.?|extension|x):?\s*\d{1,6}$", RegexOptions.IgnoreCase)]
    private static partial Regex Extension();

    [GeneratedRegex(@"(?<=[\dOoIl ]|^)[OoIl](?=[\dOoIl ]|$)")]
    private static partial Regex LetterLikeDigits();

    [GeneratedRegex(@"^00 ?44 ?")]
    private static partial Regex Dialled44();

    [GeneratedRegex(@"[^\d+ ]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"^\((?<code>0\d{2,5})\) ?(?<rest>\d[\d -]*)$")]
    private static partial Regex BracketedAreaCode();

    [GeneratedRegex(@"(?<=\d) ?[-\u2013] ?(?=\d)")]
    private static partial Regex HyphenBetweenDigits();

    [GeneratedRegex(@"\s+(?:or|and)\s+|\s*[/,;]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Joiner();

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}
