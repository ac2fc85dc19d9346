namespace LeafletTool.Cli;

/// <summary>The exit codes of SPEC.md.</summary>
public static class ExitCodes
{
    /// <summary>Success; no errors found.</summary>
    public const int Success = 0;

    /// <summary>The leaflets have errors.</summary>
    public const int LeafletErrors = 1;

    /// <summary>The command line is wrong, or a path does not exist.</summary>
    public const int Usage = 2;

    /// <summary>The tool failed for another reason, such as an output folder that cannot be written.</summary>
    public const int Failure = 3;
}
