using LeafletTool.Cli.Files;

namespace LeafletTool.Cli.Output;

/// <summary>
/// Chooses what a build writes: every leaflet asked about that loaded without errors and whose slug is safe
/// and its own. Problems with a slug are printed like diagnostics (<c>FILE:1:1: error build: …</c>).
/// </summary>
public static class BuildPlan
{
    public static (IReadOnlyList<BuildItem> Items, int Skipped) Choose(CheckRun run, TextWriter output)
    {
        var items = new List<BuildItem>();
        var slugs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var skipped = 0;
        foreach (var outcome in run.Outcomes)
        {
            if (outcome.HasErrors || outcome.Leaflet is not { } leaflet)
            {
                skipped++;
                continue;
            }

            var problem = OutputNames.Problem(leaflet.Slug);
            if (problem is null && slugs.TryGetValue(leaflet.Slug, out var first))
            {
                problem = $"{first} is already built as {leaflet.Slug}.html, so this leaflet with the same file name is not built; rename one of them";
            }

            if (problem is not null)
            {
                output.WriteLine($"{outcome.Input.Name}:1:1: error build: {problem}");
                skipped++;
                continue;
            }

            slugs[leaflet.Slug] = outcome.Input.Name;
            // Pages are made from the model alone: without its source text (kept by the outcome), a checked
            // leaflet's text can be let go while the pages are rendered, about 17 KB per leaflet.
            items.Add(new BuildItem(outcome.Input.Name, leaflet with { Source = leaflet.Source with { Text = "" } }, outcome.Input.Config));
        }

        return (items, skipped);
    }
}
