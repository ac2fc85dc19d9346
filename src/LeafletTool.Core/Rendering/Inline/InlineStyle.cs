namespace LeafletTool.Core.Rendering.Inline;

/// <summary>How inline text is written out for a format.</summary>
public enum InlineStyle
{
    /// <summary>Escaped HTML with <c>&lt;strong&gt;</c>, links and <c>tel:</c> links for phone numbers.</summary>
    Html,

    /// <summary>As <see cref="Html"/>, with each web or e-mail address also written out after its link text, for
    /// paper.</summary>
    Print,

    /// <summary>Plain text: strong text as it is, links as "text (address)".</summary>
    Text,
}
