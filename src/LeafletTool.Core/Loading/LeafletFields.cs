namespace LeafletTool.Core.Loading;

/// <summary>The field names of source format v1, in the order a leaflet is written.</summary>
public static class LeafletFields
{
    public static readonly string[] TopLevel =
    [
        "title", "resource_number", "published", "review", "owner", "department", "language",
        "summary", "sections", "contacts", "out_of_hours", "accept",
    ];

    public static readonly string[] Required = ["title", "resource_number", "published", "review", "owner", "sections",
        "contacts"];

    public static readonly string[] Section = ["heading", "body"];

    public static readonly string[] Block = ["bullets", "steps", "note", "urgent"];

    public static readonly string[] Contact = ["name", "purpose", "phone", "hours", "email"];
}
