using System.Text.RegularExpressions;

namespace LeafletTool.Core.Importing;

/// <summary>Which leaflet field a metadata label gives.</summary>
public enum MetadataKind
{
    Reference,
    Published,
    Review,
    Owner,
    Department,
}

/// <summary>One field found in a line of text: its kind, its value as written, and where the label and value stand
/// in the text.</summary>
public sealed record MetadataField(MetadataKind Kind, string Value, int Start, int Length);

/// <summary>
/// Finds the reference number, dates and owner in the forms trusts write them, anywhere in a line and several to a
/// line: "Reference Number: HEY1005/2021 Date issued: February 2024 For review: February 2026", "Review due May
/// 2019", "Leaflet code: PIL 123", "Produced by: the pain team". A reference is kept exactly as written; a date is
/// only taken when a date follows its label.
/// </summary>
public static partial class MetadataLines
{
    public static IReadOnlyList<MetadataField> Find(string text)
    {
        var fields = new List<MetadataField>();
        foreach (Match label in Label().Matches(text))
        {
            if (fields.Count > 0 && label.Index < fields[^1].Start + fields[^1].Length) continue;
            var key = label.Groups["key"].Value.ToLowerInvariant();
            var kind = KindOf(key);
            var colon = label.Groups["colon"].Success;
            var atStart = text[..label.Index].Trim(' ', '•', '-', '|', '\t').Length == 0;
            var after = text[(label.Index + label.Length)..];
            var value = kind switch
            {
                MetadataKind.Reference => ReferenceValue(after, colon
                    || key.Contains("number", StringComparison.Ordinal)
                    || key.Contains("code", StringComparison.Ordinal) || key.Contains("no", StringComparison.Ordinal)),
                MetadataKind.Published or MetadataKind.Review => DateValue(after, colon || atStart || !IsWeak(key)),
                _ => colon && atStart ? OwnerValue(after) : null,
            };
            if (value is null) continue;
            var length = label.Length + (after.Length - after.TrimStart().Length) + value.Length;
            fields.Add(new MetadataField(kind, value.TrimEnd('.', ',', ';'), label.Index, length));
        }

        return fields;
    }

    /// <summary>The text is nothing but metadata (labels, values and separators): a line to take out of the
    /// body.</summary>
    public static bool IsOnlyMetadata(string text, IReadOnlyList<MetadataField> fields)
    {
        if (fields.Count == 0) return false;
        var rest = text;
        for (var i = fields.Count - 1; i >= 0; i--)
            rest = rest.Remove(fields[i].Start, Math.Min(fields[i].Length, rest.Length - fields[i].Start));
        return Separators().IsMatch(rest);
    }

    private static MetadataKind KindOf(string key) => key switch
    {
        _ when key.Contains("review", StringComparison.Ordinal) || key.StartsWith("expir", StringComparison.Ordinal)
            => MetadataKind.Review,
        _ when key.StartsWith("produced by", StringComparison.Ordinal) || key == "author" || key == "owner"
            => MetadataKind.Owner,
        _ when key is "department" or "service" or "directorate" or "specialty" => MetadataKind.Department,
        _ when Regex.IsMatch(key, "publi|issue|updated|produced|written|version date") => MetadataKind.Published,
        _ => MetadataKind.Reference,
    };

    private static bool IsWeak(string key) => key is "published" or "produced" or "issued" or "updated";

    private static string? ReferenceValue(string after, bool labelled)
    {
        if (!labelled) return null;
        var match = Reference().Match(after);
        return match.Success ? match.Groups["value"].Value : null;
    }

    private static string? DateValue(string after, bool allowed)
    {
        if (!allowed) return null;
        var match = DateAfter().Match(after);
        return match.Success ? match.Groups["value"].Value : null;
    }

    private static string? OwnerValue(string after)
    {
        var value = after.Trim();
        var next = Label().Matches(value).FirstOrDefault(m => m.Groups["colon"].Success && m.Index > 0);
        if (next is not null) value = value[..next.Index].Trim();
        return value.Length is > 0 and <= 80 ? value : null;
    }

    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        + @"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    /// <summary>A date as people write it: "12 February 2024", "February 12th, 2024", "Feb 2024", "12/02/2024",
    /// "02/2024", "2024-02".</summary>
    public const string DatePattern = @"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + Month
        + @",?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}|\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|"
        + @"\d{1,2}[/.\-]\d{4}|\d{4}-\d{1,2}(?:-\d{1,2})?)(?![\d/])";

    [GeneratedRegex(@"\b(?<key>resource (?:number|no\.?)|reference (?:number|no\.?|code)|reference|ref(?:\.|erence)?"
        + @"(?: no\.?| number)?|leaflet (?:number|no\.?|code|reference|ref\.?)|pil (?:number|no\.?|code)|"
        + @"document (?:number|no\.?|reference)|information leaflet number|patient information number|"
        + @"date (?:of )?publi(?:shed|cation)|publication date|published(?: date)?|date (?:of )?issue|date issued|"
        + @"issued(?: date)?|issue date|last updated|date updated|updated|date produced|date written|"
        + @"produced by|produced|"
        + @"review date|date (?:of|for) review|for review|review(?:ed)? due|next review(?: date)?|review by|"
        + @"to be reviewed(?: by| in| on)?|expiry date|expires|review|author|owner|department|service|"
        + @"directorate|specialty)\b\.?(?<colon>\s*[:\-–])?",
        RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^\s*(?<value>[A-Za-z0-9][A-Za-z0-9/\-_.()]*\d[A-Za-z0-9/\-_.()]*"
        + @"|[A-Za-z]{1,6}\s\d[A-Za-z0-9/\-_.]*)(?=$|[\s,;|])")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^\s*(?:on\s+|in\s+|by\s+|date\s*:?\s*)?(?<value>" + DatePattern + ")", RegexOptions.IgnoreCase)]
    private static partial Regex DateAfter();

    [GeneratedRegex(@"^[\s|•·,;:.\-–]*$")]
    private static partial Regex Separators();
}
