namespace LeafletTool.Core.Validation;

/// <summary>What <c>--jobs</c> means everywhere: that many threads, or one per processor when it is 0 (the
/// default).</summary>
public static class Jobs
{
    public static ParallelOptions Options(int jobs) => new()
    {
        MaxDegreeOfParallelism = jobs > 0 ? jobs : Environment.ProcessorCount,
    };
}
