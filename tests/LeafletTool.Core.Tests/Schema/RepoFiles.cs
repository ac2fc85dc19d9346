namespace LeafletTool.Core.Tests.Schema;

/// <summary>Finds files of the repository from the test's folder.</summary>
public static class RepoFiles
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LeafletTool.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("LeafletTool.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root(), .. parts]);
}
