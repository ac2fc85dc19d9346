namespace LeafletTool.Core.Rendering.Templates;

/// <summary>
/// The words the templates use around a leaflet's own text, as data: one table per language (<c>en</c>, <c>cy</c>).
/// A trust's <c>templates/labels/LANG.yaml</c> replaces any of them, or adds a language (<see cref="LabelTables"/>).
/// <c>{count}</c>, <c>{page}</c> and <c>{pages}</c> are filled in where the label is used.
/// </summary>
internal static class BuiltInLabels
{
    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["contents"] = "Contents",
        ["contact_us"] = "Contact us",
        ["phone"] = "Phone",
        ["email"] = "Email",
        ["opening_hours"] = "Opening hours",
        ["resource_number"] = "Resource number",
        ["published"] = "Published",
        ["review_date"] = "Review date",
        ["important"] = "Important",
        ["urgent_advice"] = "Urgent advice",
        ["also_available"] = "This leaflet is also available as",
        ["clear_print_page"] = "a clear-print page",
        ["pdf_page"] = "a PDF to print or download",
        ["text_page"] = "plain text",
        ["all_leaflets"] = "All leaflets",
        ["index_title"] = "Patient information leaflets",
        ["leaflet_count_one"] = "1 leaflet, by title.",
        ["leaflet_count"] = "{count} leaflets, by title.",
        ["no_leaflets"] = "No leaflets were built.",
        ["other_formats"] = "Other formats",
        ["clear_print"] = "Clear print",
        ["pdf"] = "PDF",
        ["text"] = "Text",
        ["page_of_pages"] = "Page {page} of {pages}",
    };

    public static readonly IReadOnlyList<string> EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ];

    /// <summary>Welsh, in the words NHS Wales uses ("Cysylltu â ni", "Dyddiad adolygu", "Tudalen 1 o 4").</summary>
    public static readonly IReadOnlyDictionary<string, string> Welsh = new Dictionary<string, string>
    {
        ["contents"] = "Cynnwys",
        ["contact_us"] = "Cysylltu â ni",
        ["phone"] = "Ffôn",
        ["email"] = "E-bost",
        ["opening_hours"] = "Oriau agor",
        ["resource_number"] = "Rhif adnodd",
        ["published"] = "Cyhoeddwyd",
        ["review_date"] = "Dyddiad adolygu",
        ["important"] = "Pwysig",
        ["urgent_advice"] = "Cyngor brys",
        ["also_available"] = "Hefyd ar gael:",
        ["clear_print_page"] = "tudalen print clir",
        ["pdf_page"] = "PDF i'w argraffu neu ei lawrlwytho",
        ["text_page"] = "testun plaen",
        ["all_leaflets"] = "Pob taflen",
        ["index_title"] = "Taflenni gwybodaeth i gleifion",
        ["leaflet_count_one"] = "Nifer y taflenni: 1, yn ôl teitl.",
        ["leaflet_count"] = "Nifer y taflenni: {count}, yn ôl teitl.",
        ["no_leaflets"] = "Nid oes taflenni i'w dangos.",
        ["other_formats"] = "Fformatau eraill",
        ["clear_print"] = "Print clir",
        ["pdf"] = "PDF",
        ["text"] = "Testun",
        ["page_of_pages"] = "Tudalen {page} o {pages}",
    };

    public static readonly IReadOnlyList<string> WelshMonths =
    [
        "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
        "Tachwedd", "Rhagfyr",
    ];
}
