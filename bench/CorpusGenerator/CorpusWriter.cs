namespace LeafletTool.Bench;

/// <summary>Writes the corpus folders: leaflets/ for LeafletTool, hugo/ for Hugo, text/ for spell-checkers.</summary>
public sealed class CorpusWriter(string root)
{
    private readonly string leaflets = Path.Combine(root, "leaflets");
    private readonly string content = Path.Combine(root, "hugo", "content", "leaflets");
    private readonly string text = Path.Combine(root, "text");

    public void WriteShared()
    {
        foreach (var dir in new[] { leaflets, content, text, Path.Combine(root, "hugo", "layouts", "_default") })
        {
            Directory.CreateDirectory(dir);
        }

        File.WriteAllText(Path.Combine(leaflets, "leaflettool.yaml"),
            "organisation: Benchmark NHS Foundation Trust\nresource_number_pattern: "
            + "'^\\d{5}/VER[1-9]\\d*$'\ndictionary: dictionary.txt\n");
        File.WriteAllLines(Path.Combine(leaflets, "dictionary.txt"), Phrases.HouseWords);
        File.WriteAllText(Path.Combine(root, "hugo", "hugo.toml"),
            "baseURL = '/'\ntitle = 'Leaflets'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'home', "
            + "'section']\n");
        File.WriteAllText(Path.Combine(root, "hugo", "layouts", "_default", "single.html"),
            "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head>"
            + "<body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n");
    }

    public void Write(GeneratedLeaflet leaflet)
    {
        File.WriteAllText(Path.Combine(leaflets, leaflet.Slug + ".yaml"), leaflet.Yaml);
        File.WriteAllText(Path.Combine(content, leaflet.Slug + ".md"), leaflet.Markdown);
        File.WriteAllText(Path.Combine(text, leaflet.Slug + ".txt"), leaflet.Text);
    }
}
