using System.Text;
using LeafletTool.Core.Markup;

namespace LeafletTool.Core.Rendering.Inline;

/// <summary>
/// Writes inline text, read by the one <see cref="InlineParser"/>, in one of the <see cref="InlineStyle"/>s;
/// phone numbers in its plain runs (<see cref="PhoneNumbers"/>) become <c>tel:</c> links.
/// </summary>
public static class InlineRenderer
{
    /// <summary>Inline markup rendered for the style: the text of paragraphs, list items, notes, contacts and
    /// footers.</summary>
    public static string Render(string source, InlineStyle style) => Render(source, style, out _);

    /// <summary>
    /// As <see cref="Render(string, InlineStyle)"/>; <paramref name="printDiffers"/> tells whether the
    /// <see cref="InlineStyle.Print"/> text differs from the <see cref="InlineStyle.Html"/> text (a link whose
    /// address is written out).
    /// </summary>
    internal static string Render(string source, InlineStyle style, out bool printDiffers)
    {
        printDiffers = false;
        var text = TextNormaliser.Normalise(source);

        // No markup and no phone number (most text): the text is one run, written as it is or escaped.
        if (!HasMarkup(text) && !PhoneNumbers.MayHaveNumber(text))
        {
            return style == InlineStyle.Text ? text : HtmlText.Escape(text);
        }

        var builder = new StringBuilder(text.Length + 32);
        foreach (var node in InlineParser.Parse(text)) Write(node, style, builder, ref printDiffers);
        return builder.ToString();
    }

    /// <summary>
    /// Text with its markup taken away (strong text as it is, a link as its text), escaped for HTML styles:
    /// for titles, headings and names, which are never links.
    /// </summary>
    public static string Plain(string source, InlineStyle style)
    {
        var text = TextNormaliser.Normalise(source);

        // Without markup the runs (text and phone numbers) put back together are the text itself.
        if (HasMarkup(text))
        {
            var builder = new StringBuilder(text.Length);
            foreach (var node in InlineParser.Parse(text)) WritePlain(node, builder);
            text = builder.ToString();
        }

        return style == InlineStyle.Text ? text : HtmlText.Escape(text);
    }

    /// <summary>Strong text starts with <c>*</c>, a link with <c>[</c>: without either, the parser finds only
    /// text.</summary>
    private static bool HasMarkup(string text) => text.AsSpan().IndexOfAny('*', '[') >= 0;

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
            case TextRun text:
                builder.Append(text.Text);
                break;
        }
    }

    private static void Write(InlineNode node, InlineStyle style, StringBuilder builder, ref bool printDiffers)
    {
        switch (node)
        {
            case TextRun text:
                foreach (var run in PhoneNumbers.Split(text.Text)) WriteRun(run, style, builder);
                break;
            case StrongRun strong:
                if (style != InlineStyle.Text) builder.Append("<strong>");
                foreach (var child in strong.Children) Write(child, style, builder, ref printDiffers);
                if (style != InlineStyle.Text) builder.Append("</strong>");
                break;
            case LinkRun link:
                printDiffers |= WriteLink(link, style, builder);
                break;
        }
    }

    /// <summary>Writes a piece of plain text: text as it is (escaped for HTML), or a phone number.</summary>
    private static void WriteRun(InlineNode run, InlineStyle style, StringBuilder builder)
    {
        switch (run)
        {
            case TextRun text when style == InlineStyle.Text:
                builder.Append(text.Text);
                break;
            case TextRun text:
                HtmlText.Append(builder, text.Text);
                break;
            case PhoneRun phone when style == InlineStyle.Text:
                builder.Append(phone.Number);
                break;
            case PhoneRun phone:
                builder.Append("<a class=\"phone\" dir=\"ltr\" href=\"");
                HtmlText.Append(builder, phone.Href);
                builder.Append("\">");
                HtmlText.Append(builder, phone.Number);
                builder.Append("</a>");
                break;
        }
    }

    /// <summary>Writes a link; true when its address is written out after it in print.</summary>
    private static bool WriteLink(LinkRun link, InlineStyle style, StringBuilder builder)
    {
        var shown = ShownAddress(link);
        if (style == InlineStyle.Text)
        {
            builder.Append(link.Text);
            if (shown is not null) builder.Append(" (").Append(shown).Append(')');
            return shown is not null;
        }

        builder.Append("<a href=\"");
        HtmlText.Append(builder, link.Address);
        builder.Append("\">");
        HtmlText.Append(builder, link.Text);
        builder.Append("</a>");
        if (style == InlineStyle.Print && shown is not null)
        {
            builder.Append(" (");
            HtmlText.Append(builder, shown);
            builder.Append(')');
        }

        return shown is not null;
    }

    /// <summary>The address as a reader would type it (no <c>mailto:</c>/<c>tel:</c>), or null when the link
    /// text already says it.</summary>
    private static string? ShownAddress(LinkRun link)
    {
        var address = link.Address;
        foreach (var scheme in new[] { "mailto:", "tel:" })
        {
            if (address.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) address = address[scheme.Length..];
        }

        var text = link.Text.Replace(" ", "", StringComparison.Ordinal);
        var bare = address.Replace(" ", "", StringComparison.Ordinal);
        return string.Equals(text, bare, StringComparison.OrdinalIgnoreCase)
            || string.Equals(text, link.Address, StringComparison.OrdinalIgnoreCase)
            ? null
            : address;
    }
}
