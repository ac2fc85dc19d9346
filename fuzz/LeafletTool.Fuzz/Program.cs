using System.Runtime.InteropServices;
using SharpFuzz;

namespace LeafletTool.Fuzz;

/// <summary>
/// The fuzz harness: <c>validate</c> (the default) feeds each input to the loader and every rule as
/// <c>leaflet validate</c> does one file; <c>build</c> also renders it (HTML, print and text) into memory as
/// <c>leaflet build</c> does. Any exception escaping, or the process dying, is a crash. Under afl-fuzz the target runs
/// in SharpFuzz's persistent mode in a child process (so a stack overflow is reported, not fatal to the fuzzer);
/// with <c>--libfuzzer</c> (or when started by libfuzzer-dotnet) it serves
/// libfuzzer-dotnet; with <c>--run FILE...</c> it runs files once and says what
/// each gave (for reproducing and minimising).
/// </summary>
internal static class Program
{
    private const string Usage =
        "usage: LeafletTool.Fuzz [validate|build] [--libfuzzer | --run FILE...]";

    public static int Main(string[] args)
    {
        var target = args.Length > 0 && args[0] is "validate" or "build" ? args[0] : "validate";
        var rest = args.Length > 0 && args[0] == target ? args[1..] : args;
        Action<byte[]> action = target == "build" ? Targets.Build : Targets.Validate;

        var underLibFuzzer = Environment.GetEnvironmentVariable("__LIBFUZZER_SHM_ID") is not null;
        if (rest is ["--libfuzzer"] || (rest.Length == 0 && underLibFuzzer))
        {
            Fuzzer.LibFuzzer.Run(span => action(span.ToArray()));
            return 0;
        }

        if (rest.Length == 0)
        {
            Fuzzer.OutOfProcess.Run(stream => action(ReadAll(stream)));
            return 0;
        }

        if (rest[0] == "--run" && rest.Length > 1)
        {
            GiveTraceMemory();
            foreach (var file in rest[1..])
            {
                action(File.ReadAllBytes(file));
                Console.WriteLine($"{file}: {Targets.LastSummary}");
            }

            return 0;
        }

        Console.Error.WriteLine(Usage);
        return 2;
    }

    /// <summary>The instrumented assemblies write their coverage to <c>Trace.SharedMem</c>, which afl-fuzz gives
    /// under the fuzzer; outside it, they need some memory of the map's size to write to.</summary>
    private static unsafe void GiveTraceMemory() =>
        SharpFuzz.Common.Trace.SharedMem = (byte*)NativeMemory.AllocZeroed(1 << 16);

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
