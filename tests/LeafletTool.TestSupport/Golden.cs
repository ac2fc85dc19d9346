using System.Runtime.CompilerServices;

namespace LeafletTool.TestSupport;

/// <summary>
/// Golden files, Verify's convention by hand: output is compared with a committed <c>NAME.verified.EXT</c>; on a
/// mismatch it is written beside it as <c>NAME.received.EXT</c> (git-ignored) and the test fails with the first
/// differing line. <c>LEAFLET_ACCEPT=1</c> overwrites the verified file instead. Line endings are compared as LF.
/// </summary>
public static class Golden
{
    /// <summary>The <c>Cases</c> folder of the calling test's project, where its fixtures live.</summary>
    public static string Cases([CallerFilePath] string callerFile = "") =>
        System.IO.Path.Combine(ProjectFolder(callerFile), "Cases");

    /// <summary>Compares with <c>Verified/{name}.verified.{extension}</c> beside the calling test's source
    /// file.</summary>
    public static void Verify(
        string actual, string name, string extension = "txt", [CallerFilePath] string callerFile = "") =>
        Compare(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(callerFile)!, "Verified"), name, extension,
            actual);

    /// <summary>Compares with <c>Cases/{name}.verified.{extension}</c> of the calling test's project, beside the
    /// case's inputs.</summary>
    public static void VerifyCase(
        string name, string extension, string actual, [CallerFilePath] string callerFile = "") =>
        Compare(Cases(callerFile), name, extension, actual);

    private static void Compare(string folder, string name, string extension, string actual)
    {
        var verified = System.IO.Path.Combine(folder, $"{name}.verified.{extension}");
        var received = System.IO.Path.Combine(folder, $"{name}.received.{extension}");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(verified)!);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);

        if (Environment.GetEnvironmentVariable("LEAFLET_ACCEPT") == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified)
            ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal)
            : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No verified file yet: {verified}. Review {received} and rename it, or run with LEAFLET_ACCEPT=1."
            : $"Output differs from {verified} ({FirstDifference(expected, actual)}). See {received}; "
                + "run with LEAFLET_ACCEPT=1 to accept.");
    }

    /// <summary>The folder of the test project a source file belongs to: the nearest one above it with a
    /// <c>.csproj</c>.</summary>
    private static string ProjectFolder(string sourceFile)
    {
        for (var dir = new FileInfo(sourceFile).Directory; dir is not null; dir = dir.Parent)
        {
            if (dir.EnumerateFiles("*.csproj").Any()) return dir.FullName;
        }

        throw new InvalidOperationException("No test project above " + sourceFile);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al) return $"line {i + 1}: expected «{el}», got «{al}»";
        }

        return "line endings differ";
    }
}
