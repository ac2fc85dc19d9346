using System.Text;

namespace LeafletTool.Core.Rendering.Inline;

/// <summary>Writes parsed inline text in one of the <see cref="InlineStyle"/>s.</summary>
public static class InlineRenderer
{
    /// <summary>Inline markup rendered for the style: the text of paragraphs, list items, notes, contacts and footers.</summary>
    public static string Render(string source, InlineStyle style)
    {
        var builder = new StringBuilder(source.Length + 32);
        foreach (var node in InlineParser.Parse(source)) Write(node, style, builder);
        return builder.ToString();
    }

    /// <summary>
    /// Text with its markup taken away (strong text as it is, a link as its text), escaped for HTML styles:
    /// for titles, headings and names, which are never links.
    /// </summary>
    public static string Plain(string source, InlineStyle style)
    {
        var builder = new StringBuilder(source.Length);
        foreach (var node in InlineParser.Parse(source)) WritePlain(node, builder);
        var text = builder.ToString();
        return style == InlineStyle.Text ? text : HtmlText.Escape(text);
    }

    private static void WritePlain(InlineNode node, StringBuilder builder)
    {
        switch (node)
        {
            case StrongRun strong:
                foreach (var child in strong.Children) WritePlain(child, builder);
                break;
            case LinkRun link:
                builder.Append(link.Text);
                break;
            case PhoneRun phone:
                builder.Append(phone.Number);
                break;
            case TextRun text:
                builder.Append(text.Text);
                break;
        }
    }

    private static void Write(InlineNode node, InlineStyle style, StringBuilder builder)
    {
        switch (node)
        {
            case TextRun text:
                builder.Append(style == InlineStyle.Text ? text.Text : HtmlText.Escape(text.Text));
                break;
            case StrongRun strong:
                if (style != InlineStyle.Text) builder.Append("<strong>");
                foreach (var child in strong.Children) Write(child, style, builder);
                if (style != InlineStyle.Text) builder.Append("</strong>");
                break;
            case PhoneRun phone when style == InlineStyle.Text:
                builder.Append(phone.Number);
                break;
            case PhoneRun phone:
                builder.Append("<a class=\"phone\" dir=\"ltr\" href=\"").Append(HtmlText.Escape(phone.Href)).Append("\">")
                    .Append(HtmlText.Escape(phone.Number)).Append("</a>");
                break;
            case LinkRun link:
                WriteLink(link, style, builder);
                break;
        }
    }

    private static void WriteLink(LinkRun link, InlineStyle style, StringBuilder builder)
    {
        var shown = ShownAddress(link);
        if (style == InlineStyle.Text)
        {
            builder.Append(link.Text);
            if (shown is not null) builder.Append(" (").Append(shown).Append(')');
            return;
        }

        builder.Append("<a href=\"").Append(HtmlText.Escape(link.Address)).Append("\">").Append(HtmlText.Escape(link.Text)).Append("</a>");
        if (style == InlineStyle.Print && shown is not null) builder.Append(" (").Append(HtmlText.Escape(shown)).Append(')');
    }

    /// <summary>The address as a reader would type it (no <c>mailto:</c>/<c>tel:</c>), or null when the link text already says it.</summary>
    private static string? ShownAddress(LinkRun link)
    {
        var address = link.Address;
        foreach (var scheme in new[] { "mailto:", "tel:" })
        {
            if (address.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) address = address[scheme.Length..];
        }

        var text = link.Text.Replace(" ", "", StringComparison.Ordinal);
        return string.Equals(text, address.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)
            || string.Equals(text, link.Address, StringComparison.OrdinalIgnoreCase)
            ? null
            : address;
    }
}
