using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Config;

/// <summary>
/// <c>logo: {file: logo.png, alt: "Example NHS Foundation Trust"}</c>: the trust's logo for the header of every page,
/// an image file relative to the config file, with its alternative text (required). The CLI reads the file and sets
/// <see cref="DataUri"/>; pages embed it, so they stay standalone.
/// </summary>
public sealed record LogoSetting(string File, string Alt, SourcePosition FileAt)
{
    private static readonly string[] Fields = ["file", "alt"];

    /// <summary>The image as a <c>data:</c> address; null until the file is read (or when it cannot be).</summary>
    public string? DataUri { get; init; }

    /// <summary>The <c>logo:</c> setting, or null (with what is wrong reported) when it is absent or wrong.</summary>
    internal static LogoSetting? Read(FieldSet fields, DiagnosticBag bag)
    {
        if (fields.Get("logo") is not { } entry || entry.Value is YamlScalar { IsNull: true }) return null;
        if (entry.Value is not YamlMapping mapping)
        {
            bag.Report(RuleCatalogue.InvalidValue, entry.Value.Start,
                "\"logo\" should give the image file and its alternative text: logo: {file: logo.png, alt: \"Example "
                + "NHS Foundation Trust\"}.");
            return null;
        }

        var logo = new FieldSet(mapping, Fields, "\"logo\"", bag);
        if (logo.Get("file") is null)
        {
            bag.Report(RuleCatalogue.MissingField, mapping.Start,
                "\"logo\" needs \"file:\", the image file (PNG, JPEG or SVG) relative to this configuration file.");
        }

        if (logo.Get("alt") is null)
        {
            bag.Report(RuleCatalogue.MissingField, mapping.Start,
                "\"logo\" needs \"alt:\", the words a screen reader says for the logo, such as the trust's name.");
        }

        // An empty or wrong value is reported by the field set.
        var file = logo.Text("file", false);
        var alt = logo.Text("alt", false);
        return file is null || alt is null ? null : new LogoSetting(file.Value.Trim(), alt.Value.Trim(), file.Start);
    }
}

/// <summary>Turns a logo file's bytes into a <c>data:</c> address: PNG, JPEG or SVG, at most
/// <see cref="MaxBytes"/>.</summary>
public static class LogoImage
{
    public const int MaxBytes = 200 * 1024;

    /// <summary>The <c>data:</c> address, or null with the problem.</summary>
    public static string? DataUri(ReadOnlySpan<byte> bytes, out string? problem)
    {
        problem = null;
        if (bytes.Length > MaxBytes)
        {
            problem = TooLarge(bytes.Length);
            return null;
        }

        var type = TypeOf(bytes);
        if (type is null)
        {
            problem = "is not a PNG, JPEG or SVG image";
            return null;
        }

        return $"data:{type};base64,{Convert.ToBase64String(bytes)}";
    }

    /// <summary>What is wrong with a file of this many bytes, over the limit.</summary>
    public static string TooLarge(long length) =>
        $"is {(length + 1023) / 1024} KB; a logo can be at most {MaxBytes / 1024} KB, as it is copied into every page "
        + "(save it smaller, or as SVG)";

    private static string? TypeOf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "image/png";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "image/jpeg";
        var head = System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        return head.Contains("<svg", StringComparison.Ordinal) ? "image/svg+xml" : null;
    }
}
