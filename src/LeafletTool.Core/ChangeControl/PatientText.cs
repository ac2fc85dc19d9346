using System.Text;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.ChangeControl;

/// <summary>What kind of line of a leaflet a patient reads.</summary>
public enum LineKind
{
    Title,
    Heading,
    Text,
    Bullet,
    Step,
    Note,
    Contact,
}

/// <summary>One line a patient reads: its kind and its words, joined by single spaces.</summary>
public sealed record PatientLine(LineKind Kind, string Text);

/// <summary>One section as a patient reads it: its name (the heading, or "Title and summary", "Contacts",
/// "Out of hours") and its lines, the heading first.</summary>
public sealed record PatientSection(string Name, IReadOnlyList<PatientLine> Lines)
{
    public bool SameAs(PatientSection other) =>
        Name == other.Name && Lines.SequenceEqual(other.Lines);
}

/// <summary>
/// What a patient reads of one leaflet, in reading order: title, summary, each section, the contacts and the
/// out-of-hours advice (the config's footer and alternative-formats statement belong to every leaflet, not to one).
/// Built from the loaded leaflet, never from the YAML, and with the spaces between words made single: so comments,
/// quoting, folding, key order and layout are not changes.
/// </summary>
public sealed record PatientText(IReadOnlyList<PatientSection> Sections)
{
    public const string TitleSection = "Title and summary";
    public const string ContactsSection = "Contacts";
    public const string OutOfHoursSection = "Out of hours";

    public static PatientText Empty { get; } = new([]);

    public static PatientText Of(Leaflet leaflet)
    {
        var sections = new List<PatientSection>();
        var top = new List<PatientLine>();
        Add(top, LineKind.Title, leaflet.Title);
        Add(top, LineKind.Text, leaflet.Summary);
        if (top.Count > 0) sections.Add(new PatientSection(TitleSection, top));
        foreach (var section in leaflet.Sections)
        {
            var lines = new List<PatientLine>();
            Add(lines, LineKind.Heading, section.Heading);
            foreach (var block in section.Body) AddBlock(lines, block);
            if (lines.Count > 0) sections.Add(new PatientSection(Words(section.Heading?.Value), lines));
        }

        var contacts = new List<PatientLine>();
        foreach (var contact in leaflet.Contacts)
        {
            Add(contacts, LineKind.Contact, contact.Name);
            Add(contacts, LineKind.Text, contact.Purpose);
            Add(contacts, LineKind.Text, contact.Phone, "Phone:");
            Add(contacts, LineKind.Text, contact.Hours, "Hours:");
            Add(contacts, LineKind.Text, contact.Email, "Email:");
        }

        if (contacts.Count > 0) sections.Add(new PatientSection(ContactsSection, contacts));
        var outOfHours = new List<PatientLine>();
        Add(outOfHours, LineKind.Text, leaflet.OutOfHours);
        if (outOfHours.Count > 0) sections.Add(new PatientSection(OutOfHoursSection, outOfHours));
        return new PatientText(sections);
    }

    /// <summary>Whether a patient reads the same words, in the same places, in both.</summary>
    public bool SameAs(PatientText other) =>
        Sections.Count == other.Sections.Count && Sections.Zip(other.Sections).All(p => p.First.SameAs(p.Second));

    /// <summary>The names of the sections that differ from <paramref name="old"/> (added, removed or changed), in
    /// this text's order, then the removed ones.</summary>
    public IReadOnlyList<string> ChangedSections(PatientText old)
    {
        var before = old.Sections.ToLookup(s => s.Name, StringComparer.Ordinal);
        var changed = Sections.Where(s => !before[s.Name].Any(o => o.SameAs(s))).Select(s => s.Name).ToList();
        var names = Sections.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        changed.AddRange(old.Sections.Where(s => !names.Contains(s.Name)).Select(s => s.Name));
        return changed.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The words of a text joined by single spaces: line breaks, indentation and runs of spaces are
    /// layout, not words.</summary>
    public static string Words(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static void AddBlock(List<PatientLine> lines, Block block)
    {
        switch (block)
        {
            case BulletList list:
                foreach (var item in list.Items) Add(lines, LineKind.Bullet, item);
                break;
            case StepList list:
                foreach (var item in list.Items) Add(lines, LineKind.Step, item);
                break;
            case Note note:
                Add(lines, LineKind.Note, note.Text);
                break;
            default:
                foreach (var text in block.Texts) Add(lines, LineKind.Text, text);
                break;
        }
    }

    private static void Add(List<PatientLine> lines, LineKind kind, LocatedText? text, string? label = null)
    {
        var words = Words(text?.Value);
        if (words.Length == 0) return;
        lines.Add(new PatientLine(kind, label is null ? words : label + " " + words));
    }
}
