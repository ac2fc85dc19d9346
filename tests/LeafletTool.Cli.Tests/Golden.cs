using System.Runtime.CompilerServices;

namespace LeafletTool.Cli.Tests;

/// <summary>
/// Verify's convention by hand: compares output with a committed <c>NAME.verified.EXT</c> beside the test
/// source; on a mismatch writes <c>NAME.received.EXT</c> (git-ignored) and fails with the first differing line.
/// Set <c>LEAFLET_ACCEPT=1</c> to accept the new output as verified.
/// </summary>
public static class Golden
{
    public static void Verify(string actual, string name, string extension = "txt", [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "Verified");
        Directory.CreateDirectory(folder);
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);

        if (Environment.GetEnvironmentVariable("LEAFLET_ACCEPT") == "1")
        {
            File.WriteAllText(verified, actual);
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No verified file yet: {verified}. Review {received} and rename it, or run with LEAFLET_ACCEPT=1."
            : $"Output differs from {verified} ({FirstDifference(expected, actual)}). See {received}; run with LEAFLET_ACCEPT=1 to accept.");
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
