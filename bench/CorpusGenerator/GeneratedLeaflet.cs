namespace LeafletTool.Bench;

/// <summary>One generated leaflet: the YAML source, its Markdown twin for Hugo and its prose for
/// spell-checkers.</summary>
public sealed record GeneratedLeaflet(string Slug, string Yaml, string Markdown, string Text);
