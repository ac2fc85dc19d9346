namespace LeafletTool.TestSupport;

/// <summary>
/// The repository's own files (the real leaflets, templates and README), found from the test's folder: the one
/// root finder every test project links in.
/// </summary>
public static class Repository
{
    /// <summary>The folder that holds <c>LeafletTool.sln</c>, above the folder the tests run in.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LeafletTool.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("LeafletTool.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A path inside the repository, from its parts.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root(), .. parts]);

    /// <summary>The text of a file of the repository.</summary>
    public static string Read(params string[] parts) => File.ReadAllText(Path(parts));

    /// <summary>
    /// The tests' own copy of the seed leaflet (<c>tests/Seed</c>, with <c>leaflets/</c> inside, typo and all), so
    /// editors may change the team's <c>leaflets/</c> without breaking a test.
    /// </summary>
    public static string SeedRoot() => Path("tests", "Seed");

    /// <summary>The text of a file of the seed copy.</summary>
    public static string ReadSeed(params string[] parts)
        => File.ReadAllText(System.IO.Path.Combine([SeedRoot(), .. parts]));
}
