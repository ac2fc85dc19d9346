using System.Text.RegularExpressions;
using LeafletTool.Core.Authoring;

namespace LeafletTool.Core.Importing;

/// <summary>
/// Reads the "Contact us" part of a plain-text leaflet: a paragraph saying when to call becomes the contact's
/// purpose (and "contact the pain management nurses" its name), "Phone 020 7188 4714, Monday to Friday, 9am to 5pm"
/// its phone and hours, "Email: …" its e-mail address, and "Out of hours, …" the out-of-hours text. The rest is
/// returned as unplaced, for the importer to keep.
/// </summary>
public static partial class ContactSectionReader
{
    public sealed record Result(IReadOnlyList<DraftContact> Contacts, string? OutOfHours,
        IReadOnlyList<TextBlock> Unplaced);

    public static bool IsContactHeading(string line) => ContactHeading().IsMatch(line.Trim());

    public static Result Read(IEnumerable<TextBlock> blocks)
    {
        var contacts = new List<DraftContact>();
        var unplaced = new List<TextBlock>();
        var outOfHours = new List<string>();
        // a purpose and a name line waiting for the phone or e-mail line they introduce
        var held = new List<TextBlock>();
        string? purpose = null;
        string? name = null;

        void Release()
        {
            unplaced.AddRange(held);
            held.Clear();
            purpose = name = null;
        }

        // Details start a new contact unless they add what the contact in hand lacks and nothing new was introduced.
        void Add(Func<DraftContact, bool> alreadyHas, Func<DraftContact, DraftContact> with, string? nameBeforeDetails)
        {
            if (contacts.Count == 0 || held.Count > 0 || alreadyHas(contacts[^1]))
            {
                contacts.Add(new DraftContact(name ?? nameBeforeDetails ?? NameFrom(purpose), purpose));
                held.Clear();
                purpose = name = null;
            }

            contacts[^1] = with(contacts[^1]);
        }

        foreach (var block in blocks)
        {
            var text = block.Kind == TextBlockKind.Text ? block.Text : null;
            if (text is not null && Phone().Match(text) is { Success: true } phone && IsContactLine(phone))
            {
                var number = Regex.Replace(phone.Groups["number"].Value.Trim(), @"\s+", " ");
                var hours = phone.Groups["rest"].Value.Trim().Trim(',', ';', '-', '–', ' ').TrimEnd('.');
                if (hours.StartsWith('(') && hours.EndsWith(')') && hours.IndexOf(')') == hours.Length - 1)
                    hours = hours[1..^1].Trim();
                var before = phone.Groups["name"].Value.Trim().TrimEnd(',', ':', '-', '–').Trim();
                Add(c => c.Phone is not null,
                    c => c with { Phone = number, Hours = hours.Length > 0 ? hours : c.Hours },
                    before.Length > 0 ? before : null);
            }
            else if (text is not null && Email().Match(text) is { Success: true } email)
            {
                Add(c => c.Email is not null, c => c with { Email = email.Groups["email"].Value }, null);
            }
            else if (text is not null && text.StartsWith("Out of hours", StringComparison.OrdinalIgnoreCase))
            {
                Release();
                outOfHours.Add(text);
            }
            else if (text is not null && name is null && IsNameLine(block))
            {
                held.Add(block);
                name = text.TrimEnd(':').Trim();
            }
            else if (text is not null && purpose is null && NameFrom(text) is not null)
            {
                held.Add(block);
                purpose = text;
            }
            else
            {
                Release();
                unplaced.Add(block);
            }
        }

        Release();
        unplaced.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new Result(contacts, outOfHours.Count == 0 ? null : string.Join(' ', outOfHours), unplaced);
    }

    /// <summary>
    /// A line that is only contact details: nothing before "Phone" but a name ending in ":" or ",", and nothing after
    /// the number but opening hours. "Please call 111 if you feel unwell." is a sentence, kept as it is.
    /// </summary>
    private static bool IsContactLine(Match phone)
    {
        var name = phone.Groups["name"].Value.Trim();
        var rest = phone.Groups["rest"].Value.Trim().Trim(',', ';', '-', '–', ' ').TrimEnd('.');
        return (name.Length == 0 || (name.Length <= 60 && name[^1] is ':' or ',' or '-' or '–'))
            && (rest.Length == 0 || Hours().IsMatch(rest));
    }

    /// <summary>"…please contact the pain management nurses." gives "Pain management nurses".</summary>
    public static string? NameFrom(string? purpose)
    {
        if (purpose is null) return null;
        var match = ContactWho().Match(purpose);
        if (!match.Success) return null;
        var name = match.Groups["who"].Value.Trim();
        return name.Length == 0 ? null : char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static bool IsNameLine(TextBlock block) =>
        block.SingleLine && block.Text.Length <= 60 && !block.Text.EndsWith('.') && !block.Text.EndsWith('?')
        && !block.Text.StartsWith("Contact ", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:contact(?:s| us| details| information)?|how to contact us|useful contacts?)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex ContactHeading();

    [GeneratedRegex(
        @"^(?<name>[^\d]*?)\b(?:phone|telephone|tel|"
        + @"call(?: us)?)\b\.?\s*(?:us\s+)?(?:on\s+)?:?\s*(?<number>\+?\d[\d ]{1,}\d)(?<rest>.*)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Phone();

    [GeneratedRegex(
        @"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays?|daily|"
        + @"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)|midday|midnight|24 hours|hours)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Hours();

    [GeneratedRegex(@"^(?:e-?mail)(?: us)?(?: at)?\s*:?\s*(?<email>[^\s@]+@[^\s@]+\.[^\s@.]+)\.?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Email();

    [GeneratedRegex(@"\bcontact (?:the |our |your )?(?<who>[a-z][a-z' -]*?[a-z])(?=\s*(?:[.,;]|$| on | at | by ))",
        RegexOptions.IgnoreCase)]
    private static partial Regex ContactWho();
}
