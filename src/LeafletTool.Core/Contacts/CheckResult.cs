namespace LeafletTool.Core.Contacts;

/// <summary>What checking a phone number or e-mail address found: nothing (valid), or the problem in words and, where
/// one is clear, the fix.</summary>
public sealed record CheckResult(string? Problem, string? Suggestion)
{
    public static CheckResult Valid { get; } = new(null, null);

    public bool IsValid => Problem is null;
}
