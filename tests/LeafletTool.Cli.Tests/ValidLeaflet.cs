namespace LeafletTool.Cli.Tests;

/// <summary>A small leaflet that validates cleanly as of 2026-11-23, for tests that break one thing at a
/// time.</summary>
public static class ValidLeaflet
{
    public const string Yaml = """
        title: Caring for your wound
        resource_number: 1001/VER1
        published: 2025-01
        review: 2027-12
        owner: Surgical nurses
        sections:
          - heading: Keeping your wound clean
            body:
              - Keep the dressing dry for two days.
        contacts:
          - name: Surgical nurses
            phone: 020 7188 1234
        """;
}
