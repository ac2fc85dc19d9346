using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Cli.Files;

/// <summary>
/// Reads the logo that <c>logo: {file: …}</c> names, relative to the config file, into the configuration as a
/// <c>data:</c> address. A file that is missing, unreadable, too large or not an image is an <c>invalid-value</c>
/// error on the config's <c>file:</c>, and the pages are built without a logo.
/// </summary>
internal static class LogoReader
{
    public static ProjectConfig Read(ProjectConfig config, string configPath, string configName,
        List<Diagnostic> diagnostics)
    {
        if (config.Logo is not { } logo) return config;
        var full = Path.GetFullPath(logo.File, Path.GetDirectoryName(configPath)!);
        string? problem;
        string? uri = null;
        try
        {
            var info = new FileInfo(full);
            if (!info.Exists) problem = $"does not exist (looked for {PathNames.Normalise(full)})";
            else if (FileKind.NotRegular(full) is { } kind) problem = $"is {kind}, not a file, so it was not opened";
            else if (info.Length > LogoImage.MaxBytes) problem = LogoImage.TooLarge(info.Length);
            else uri = LogoImage.DataUri(File.ReadAllBytes(full), out problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot be read: {e.Message}";
        }

        if (uri is null)
        {
            diagnostics.Add(Diagnostic.At(RuleCatalogue.InvalidValue, configName, logo.FileAt,
                $"The logo \"{logo.File}\" {problem}."));
            return config with { Logo = null };
        }

        return config with { Logo = logo with { DataUri = uri } };
    }
}
