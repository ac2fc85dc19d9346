namespace LeafletTool.Core.Schema;

/// <summary>
/// The descriptions and examples of every field of source format v1, by the names in
/// <see cref="Loading.LeafletFields"/>. The schema is generated from these tables and those names, so a field
/// added to the format without a description here fails the schema tests.
/// </summary>
public static class FieldDocs
{
    /// <summary>One example value that is a list (a bare array would be taken as several examples).</summary>
    private static ExampleList Array(params object[] items) => new(items);

    public static readonly IReadOnlyDictionary<string, FieldDoc> TopLevel =
        new Dictionary<string, FieldDoc>(StringComparer.Ordinal)
        {
            ["title"] = new(FieldKind.Text, "The leaflet's title, as patients will see it at the top.",
            "Cryotherapy to treat chronic pain"),
            ["resource_number"] = new(FieldKind.Text,
            "The leaflet's resource number and version. By default four digits, \"/VER\" and the version number; your "
            + "trust can set another pattern in leaflettool.yaml (resource_number_pattern). Each leaflet has its own.",
            "5373/VER1", "5373/VER2"),
            ["published"] = new(FieldKind.Date, "When this version was published: YYYY-MM, or YYYY-MM-DD for a day.",
            "2023-06", "2023-06-15"),
            ["review"] = new(FieldKind.Date,
            "When the leaflet must be reviewed by: YYYY-MM (by the end of that month) or YYYY-MM-DD. It must be after "
            + "the published date, and by default no more than 36 months after it.",
            "2026-06", "2026-06-30"),
            ["owner"] = new(FieldKind.Text,
            "The team responsible for the leaflet's content and its review; the review report lists leaflets by owner.",
            "Pain management nurses"),
            ["department"] = new(FieldKind.Text, "Optional: the department the leaflet belongs to.", "Pain management"),
            ["language"] = new(FieldKind.Text,
            "Optional: the language of the leaflet as a language tag. The default comes from leaflettool.yaml, else "
            + "en-GB.", "en-GB", "cy"),
            ["summary"] = new(FieldKind.Text, "Optional: a short introduction, shown first, under the title.",
            "Cryotherapy is the application of cold as a medical therapy."),
            ["sections"] = new(FieldKind.Sections,
            "The leaflet's sections, in order: at least one, each with a heading and a body.",
            Array(new Dictionary<string, object>
            {
                ["heading"] = "Benefits of cryotherapy",
                ["body"] = new object[] { "It is considered safer than procedures that destroy nerves." }
            })),
            ["contacts"] = new(FieldKind.Contacts,
            "Who readers can contact: at least one, each with a name and a phone number or e-mail address.",
            Array(new Dictionary<string, object>
            {
                ["name"] = "Pain management nurses",
                ["phone"] = "020 7188 4714",
                ["hours"] = "Monday to Friday, 9am to 5pm"
            })),
            ["out_of_hours"] = new(FieldKind.Text, "Optional: what to do out of hours, shown after the contacts.",
            "Out of hours, please contact a local healthcare provider."),
            ["accept"] = new(FieldKind.TextList,
            "Optional: words the spelling rules accept in this leaflet only. Words for every leaflet belong in the "
            + "house dictionary.",
            Array("Cryoprobe")),
        };

    public static readonly IReadOnlyDictionary<string, FieldDoc> Section =
        new Dictionary<string, FieldDoc>(StringComparer.Ordinal)
        {
            ["heading"] = new(FieldKind.Text, "The section's heading. Questions readers ask make good headings.",
            "Benefits of cryotherapy", "What happens afterwards?"),
            ["body"] = new(FieldKind.Body,
            "The section's content, in order: each item is a paragraph of text, or one of bullets (a list), steps (a "
            + "numbered list), note (a highlighted box) or urgent (urgent advice, such as when to call 999).",
            Array("Not all doctors do the procedure in exactly the same way.",
                new Dictionary<string, object> { ["bullets"] = new object[] { "We monitor your blood pressure." } })),
        };

    public static readonly IReadOnlyDictionary<string, FieldDoc> Block =
        new Dictionary<string, FieldDoc>(StringComparer.Ordinal)
        {
            ["bullets"] = new(FieldKind.TextList, "A bulleted list: one line of text for each bullet.",
            Array("We monitor your blood pressure, heart rate and oxygen levels.",
            "A small needle (cannula) is placed in the back of your hand.")),
            ["steps"] = new(FieldKind.TextList, "A numbered list of steps, in the order they happen.",
            Array("Take off any jewellery.", "Put on the hospital gown.")),
            ["note"] = new(FieldKind.Text, "A highlighted box for something readers must not miss.",
            "You must arrange for someone to collect you."),
            ["urgent"] = new(FieldKind.Text,
            "Urgent advice, shown as the NHS urgent care card with the words \"Urgent advice\": when to call 999 or "
            + "go to A&E.",
            "Call 999 if you have chest pain or find it hard to breathe."),
        };

    public static readonly IReadOnlyDictionary<string, FieldDoc> Contact =
        new Dictionary<string, FieldDoc>(StringComparer.Ordinal)
        {
            ["name"] = new(FieldKind.Text, "Who to contact: a team, service or role.", "Pain management nurses"),
            ["purpose"] = new(FieldKind.Text, "Optional: when to contact them.",
            "If you have any questions about your cryotherapy treatment"),
            ["phone"] = new(FieldKind.Text,
            "A UK phone number: 0 and 10 more digits (spaces allowed), +44 and 10 digits, or a service number such as "
            + "111. Give a phone number, an e-mail address or both.",
            "020 7188 4714", "111"),
            ["hours"] = new(FieldKind.Text,
            "Optional: when the phone is answered, in the NHS style (9am to 5pm, midday).",
            "Monday to Friday, 9am to 5pm"),
            ["email"] = new(FieldKind.Text, "An e-mail address. Give a phone number, an e-mail address or both.",
            "pain.nurses@example.nhs.uk"),
        };
}
