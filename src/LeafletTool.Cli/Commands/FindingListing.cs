using System.CommandLine;
using LeafletTool.Core.Formats.Diagnostics;

namespace LeafletTool.Cli.Commands;

/// <summary>How text output lists findings: <c>--verbose</c> (everything, infos too), <c>--quiet</c> (errors only,
/// no progress line), <c>--max-findings N</c> (at most N, then a count by rule; default
/// <see cref="FindingGroups.DefaultLimit"/>, or all with --verbose).</summary>
public sealed record FindingListing(bool Verbose, bool Quiet, int? MaxFindings)
{
    /// <summary>As printed by default: nothing asked for.</summary>
    public bool IsDefault => !Verbose && !Quiet && MaxFindings is null;

    /// <summary>How many findings text output lists; null: all.</summary>
    public int? Limit => MaxFindings ?? (Verbose ? null : FindingGroups.DefaultLimit);

    /// <summary>The three options, for a command to add.</summary>
    public static (Option<bool> Verbose, Option<bool> Quiet, Option<int?> Max) Options(string verbose) =>
        (new Option<bool>("--verbose", "-v") { Description = verbose }, CommonOptions.Quiet(),
            CommonOptions.MaxFindings());

    /// <summary>Adds the three options to <paramref name="command"/>.</summary>
    public static (Option<bool> Verbose, Option<bool> Quiet, Option<int?> Max) AddTo(Command command, string verbose)
    {
        var options = Options(verbose);
        command.Add(options.Verbose);
        command.Add(options.Quiet);
        command.Add(options.Max);
        return options;
    }

    public static FindingListing From(ParseResult parse, (Option<bool> Verbose, Option<bool> Quiet, Option<int?> Max)
        options) =>
        new(parse.GetValue(options.Verbose), parse.GetValue(options.Quiet), parse.GetValue(options.Max));
}
