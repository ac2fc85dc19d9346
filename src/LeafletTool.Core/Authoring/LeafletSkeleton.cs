using System.Globalization;
using System.Text;
using LeafletTool.Core.Schema;

namespace LeafletTool.Core.Authoring;

/// <summary>
/// The file <c>leaflet new</c> writes: published this month, review due <c>max_interval_months</c> later, the next
/// free resource number, and one section and one contact to fill in. The lines to fill in are left empty under a
/// comment saying what goes there, so the skeleton holds no drafting text that could be published by mistake, and
/// <c>leaflet validate</c> points at each empty line (<c>missing-field</c>) until it is written. The comment stands
/// on its own line, not after the value, so that text written on the line is never followed by a comment
/// (<c>comment-in-text</c>).
/// </summary>
public static class LeafletSkeleton
{
    public static string Create(string slug, string? title, string? owner, string resourceNumber, DateOnly today,
        int maxIntervalMonths)
    {
        var published = new DateOnly(today.Year, today.Month, 1);
        var review = published.AddMonths(maxIntervalMonths);
        var yaml = new StringBuilder();
        yaml.Append(LeafletSchema.ModelineForSameFolder).Append('\n');
        yaml.Append("title: ").Append(YamlText.Scalar(Clean(title) ?? TitleFromSlug(slug), 2, 7)).Append('\n');
        yaml.Append("resource_number: ").Append(YamlText.Scalar(resourceNumber, 2, 17)).Append('\n');
        yaml.Append("published: ").Append(Month(published)).Append('\n');
        yaml.Append("review: ").Append(Month(review)).Append("  # ")
            .Append(maxIntervalMonths.ToString(CultureInfo.InvariantCulture))
            .Append(" months after publication, the longest allowed\n");
        AppendValue(yaml, "", "owner", owner,
            "Fill in: the team that owns and reviews this leaflet, such as Pain management nurses");
        yaml.Append("# summary: A sentence or two shown first, under the title (optional).\n");
        yaml.Append("sections:\n");
        yaml.Append("  # Fill in: the first heading, such as \"What is cryotherapy?\"\n");
        yaml.Append("  - heading:\n");
        yaml.Append("    body:\n");
        yaml.Append("      # Fill in: a paragraph. Add more lines starting \"- \"; \"- bullets:\" starts a list, "
            + "\"- note:\" a highlighted box.\n");
        yaml.Append("      -\n");
        yaml.Append("contacts:\n");
        AppendValue(yaml, "  - ", "name", owner, "Fill in: who readers can contact, such as Pain management nurses");
        yaml.Append("    # Fill in: a UK number such as 020 7188 4714, or replace this line with \"email: ...\"\n");
        yaml.Append("    phone:\n");
        yaml.Append("    # hours: Monday to Friday, 9am to 5pm\n");
        return yaml.ToString();
    }

    /// <summary>"cryotherapy-chronic-pain" gives "Cryotherapy chronic pain".</summary>
    public static string TitleFromSlug(string slug)
    {
        var words = slug.Replace('-', ' ').Trim();
        return words.Length == 0 ? "New leaflet" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static void AppendValue(StringBuilder yaml, string prefix, string key, string? value, string comment)
    {
        if (Clean(value) is not { } text)
        {
            yaml.Append(' ', prefix.Replace("- ", "", StringComparison.Ordinal).Length).Append("# ").Append(comment)
                .Append('\n');
            yaml.Append(prefix).Append(key).Append(":\n");
            return;
        }

        yaml.Append(prefix).Append(key).Append(": ").Append(YamlText.Scalar(text, prefix.Length + 2, key.Length + 2))
            .Append('\n');
    }

    private static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string? Clean(string? value)
        => string.IsNullOrWhiteSpace(value) ? null
            : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
