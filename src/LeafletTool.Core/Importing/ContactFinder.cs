using System.Text.RegularExpressions;
using LeafletTool.Core.Authoring;
using LeafletTool.Core.Contacts;

namespace LeafletTool.Core.Importing;

/// <summary>
/// Finds every UK phone number and e-mail address in a piece of text, wherever it stands, with the name before it
/// ("Ward 5 on", "call the Pain Clinic on", "Pharmacy:"; else the heading it is under) and the hours after it
/// ("Monday to Friday, 9am to 5pm"). The text itself stays where it is: a contact is made as well, not instead.
/// </summary>
public static partial class ContactFinder
{
    public static IReadOnlyList<DraftContact> Find(string text, string? heading)
    {
        // A link is read as its text ("[020 7188 4714](tel:+442071884714)" is one number, not two) and bold marks
        // are not part of a name.
        text = Link().Replace(text, "$1").Replace("**", "", StringComparison.Ordinal);
        var contacts = new List<DraftContact>();
        foreach (Match match in Phone().Matches(text))
        {
            var number = Regex.Replace(match.Value.Trim(), @"\s+", " ");
            if (!UkPhoneNumber.IsValid(number)) continue;
            var (sentenceStart, sentenceEnd) = Sentence(text, match.Index, match.Index + match.Length);
            var before = text[sentenceStart..match.Index];
            var after = text[(match.Index + match.Length)..sentenceEnd];
            contacts.Add(new DraftContact(NameBefore(before) ?? HeadingName(heading), null, number, HoursAfter(after)));
        }

        foreach (Match match in Email().Matches(text))
        {
            var address = match.Value.TrimEnd('.');
            var index = contacts.FindIndex(c => c.Email is null);
            if (index >= 0 && contacts.Count > 0) contacts[index] = contacts[index] with { Email = address };
            else
            {
                var (start, _) = Sentence(text, match.Index, match.Index + match.Length);
                contacts.Add(new DraftContact(NameBefore(text[start..match.Index]) ?? HeadingName(heading),
                    Email: address));
            }
        }

        return contacts;
    }

    /// <summary>The digits of a phone number, to tell the same number written two ways.</summary>
    public static string Digits(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return phone.TrimStart().StartsWith('+') && digits.StartsWith("44", StringComparison.Ordinal)
            ? "0" + digits[2..].TrimStart('0') : digits;
    }

    private static (int Start, int End) Sentence(string text, int from, int to)
    {
        var start = from;
        while (start > 0 && !(text[start - 1] == ' ' && start >= 2 && text[start - 2] is '.' or '!' or '?'))
            start--;
        var end = to;
        while (end < text.Length && !(text[end] is '.' or '!' or '?' && (end + 1 == text.Length
            || text[end + 1] == ' '))) end++;
        return (start, end);
    }

    /// <summary>"If you have problems, call the Pain Clinic on" gives "Pain Clinic"; "Ward 5:" gives "Ward 5".
    /// </summary>
    public static string? NameBefore(string before)
    {
        var text = TrailingJoin().Replace(before.TrimEnd(), "").Trim();
        var lead = LeadIn().Matches(text);
        if (lead.Count > 0) text = text[(lead[^1].Index + lead[^1].Length)..];
        var clause = text.LastIndexOfAny([',', ';', '(', ')']);
        if (clause >= 0) text = text[(clause + 1)..];
        text = text.Trim().Trim(':', '-', '–', ' ');
        if (text.Length == 0 || text.Split(' ').Length > 6) return null;
        if (Pronoun().IsMatch(text)) return null;
        if (char.IsUpper(text[0]) || char.IsDigit(text[0])) return text;
        // "phone the hand therapists on" names them, once a verb of calling comes before.
        return lead.Count > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : null;
    }

    private static string? HeadingName(string? heading)
    {
        if (heading is null || ContactSectionReader.IsContactHeading(heading)) return null;
        return heading.Length <= 80 ? heading : null;
    }

    private static string? HoursAfter(string after)
    {
        var text = after.Trim().TrimStart(',', ';', '-', '–', '(', ' ').Trim();
        var hours = Hours().Match(text);
        if (!hours.Success || (hours.Index > 0 && text[..hours.Index].TrimEnd()[^1] is not (',' or '('))) return null;
        var value = text[hours.Index..].TrimEnd(')', ' ', ',', ';');
        var cut = value.IndexOf(" or ", StringComparison.Ordinal);
        if (cut > 0 && !Hours().IsMatch(value[cut..])) value = value[..cut];
        return value.Length is > 0 and <= 100 ? value : null;
    }

    /// <summary>A UK number as people write it: "020 7188 4714", "(01482) 622046", "01482-622046", "+44 (0)20 7188
    /// 4714", "0800 123 456"; checked with the phone rules before it is taken.</summary>
    [GeneratedRegex(@"(?<![\d/])(?:\+44\s?\(0\)\s?|\+44\s?|\(0\d{2,4}\)\s?|0)\d[\d \-]{6,12}\d(?![\d/])")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)\s]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?:\b(?:on|at|is|number|no\.?|tel\.?|telephone|phone|call|ring|contact|e-?mail|us)\s*:?\s*)+$",
        RegexOptions.IgnoreCase)]
    private static partial Regex TrailingJoin();

    [GeneratedRegex(@"\b(?:call|phone|telephone|ring|contact|e-?mail|speak to|reach)\s+(?:the\s+|our\s+|your\s+)?",
        RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"^(?:her|him|them|me|she|he)$|^(?:you|we|they|it|this|please|if|or)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"(?<![\w])(?:(?:from|between|open|available|lines? (?:are )?open)\s+)?(?:monday|tuesday|wednesday|"
        + @"thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|weekdays?|daily|\d{1,2}(?:[.:]\d{2})?\s*"
        + @"(?:am|pm)|\d{1,2}[.:]\d{2}|24 hours|midday|midnight)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hours();
}
