namespace LeafletTool.Core.Tests;

/// <summary>The repository's files, for the tests that read the real leaflets and configuration.</summary>
internal static class Repo
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LeafletTool.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("LeafletTool.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The tests' own copy of the seed (tests/Seed, with leaflets/ inside), so editors can change leaflets/.</summary>
    public static string SeedRoot() => Path.Combine(Root(), "tests", "Seed");

    public static string ReadSeed(params string[] parts) => File.ReadAllText(Path.Combine([SeedRoot(), .. parts]));

    public static string Read(params string[] parts) => File.ReadAllText(Path.Combine([Root(), .. parts]));
}
