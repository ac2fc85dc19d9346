using LeafletTool.Core.Config;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rendering.Inline;

namespace LeafletTool.Core.Rendering.View;

/// <summary>
/// The views of one leaflet in every style, each built the first time it is asked for. The print view is the
/// HTML view itself (the same object) unless some text has a link whose address print writes out, so a build of
/// html and print pages builds one view; the text view, asked for after the HTML one, is made from it
/// (<see cref="TextViewBuilder"/>). Views are immutable; asking from two threads at once may build a view
/// twice, with equal results.
/// </summary>
public sealed class LeafletViews(Leaflet leaflet, ProjectConfig config, DateOnly asOf)
{
    private LeafletView? html;
    private LeafletView? print;
    private LeafletView? text;
    private bool printDiffers;

    public Leaflet Leaflet { get; } = leaflet;

    public ProjectConfig Config { get; } = config;

    public DateOnly AsOf { get; } = asOf;

    public LeafletView For(InlineStyle style) => style switch
    {
        InlineStyle.Html => Html,
        InlineStyle.Print => Print,
        _ => text ??= html is { } built
            ? TextViewBuilder.From(built, Leaflet, Config)
            : LeafletViewBuilder.Build(Leaflet, Config, AsOf, InlineStyle.Text, out _),
    };

    private LeafletView Html
    {
        get
        {
            if (html is null)
            {
                var built = LeafletViewBuilder.Build(Leaflet, Config, AsOf, InlineStyle.Html, out var differs);
                printDiffers = differs;
                html = built;
            }

            return html;
        }
    }

    private LeafletView Print
    {
        get
        {
            var shared = Html;
            return printDiffers ? print ??= LeafletViewBuilder.Build(Leaflet, Config, AsOf, InlineStyle.Print, out _)
                : shared;
        }
    }

    /// <summary>Whether these are the views of exactly this leaflet, configuration and date (the same
    /// objects).</summary>
    public bool AreFor(Leaflet leaflet, ProjectConfig config, DateOnly asOf) =>
        ReferenceEquals(Leaflet, leaflet) && ReferenceEquals(Config, config) && AsOf == asOf;
}
