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

    public static string Read(params string[] parts) => File.ReadAllText(Path.Combine([Root(), .. parts]));
}
