namespace LeafletTool.Cli;

/// <summary>The command line is wrong or names a path that does not exist: one line on stderr, exit 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>The tool could not do its job for a reason outside the leaflets (an unwritable folder): one line on stderr,
/// exit 3.</summary>
public sealed class ToolFailureException(string message) : Exception(message);
