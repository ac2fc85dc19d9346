namespace LeafletTool.Core.Diagnostics;

/// <summary>How much a finding matters. <see cref="Off"/> only appears in configuration: an off rule reports
/// nothing.</summary>
public enum Severity
{
    Off = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "off",
    };

    public static bool TryParse(string text, out Severity severity)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "info": severity = Severity.Info; return true;
            case "off": severity = Severity.Off; return true;
            default: severity = Severity.Off; return false;
        }
    }
}
