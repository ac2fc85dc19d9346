namespace LeafletTool.Core.Tests;

using LeafletTool.Core.Tests.Schema;

/// <summary>
/// Golden files, the Verify convention by hand: <c>Cases/NAME.verified.EXT</c> is committed; on a mismatch the
/// output is written beside it as <c>NAME.received.EXT</c> (git-ignored) and the test fails with the first
/// difference. <c>LEAFLET_ACCEPT=1</c> overwrites the verified file instead. Line endings are compared as LF.
/// </summary>
public static class Golden
{
    public static string CasesFolder => RepoFiles.Path("tests", "LeafletTool.Core.Tests", "Cases");

    /// <summary>Compares <paramref name="actual"/> with <c>Cases/{name}.verified.{extension}</c>.</summary>
    public static void Verify(string name, string extension, string actual)
    {
        var verified = Path.Combine(CasesFolder, $"{name}.verified.{extension}");
        var received = Path.Combine(CasesFolder, $"{name}.received.{extension}");
        var text = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("LEAFLET_ACCEPT") == "1")
        {
            File.WriteAllText(verified, text);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified)
            ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == text)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, text);
        Assert.Fail(expected is null
            ? $"No verified file {verified}; the output is in {received}. Check it and rename it, or run with "
            + "LEAFLET_ACCEPT=1."
            : $"{name}.{extension} differs from the verified file: {FirstDifference(expected, text)}. The output is in "
            + $"{received}.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "(end of file)";
            var right = i < a.Length ? a[i] : "(end of file)";
            if (left != right) return $"line {i + 1}\n- expected: {left}\n+ actual:   {right}";
        }

        return "only in line endings";
    }
}
