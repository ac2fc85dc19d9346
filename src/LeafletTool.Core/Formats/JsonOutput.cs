using System.Text.Encodings.Web;
using System.Text.Json;

namespace LeafletTool.Core.Formats;

/// <summary>How every JSON the tool writes is laid out: findings, SARIF, reports and the schema.</summary>
public static class JsonOutput
{
    /// <summary>Indented, with letters such as "é" and signs such as "&lt;" written as they are, not as
    /// <c>\uXXXX</c>, so the files are easy to read.</summary>
    public static readonly JsonWriterOptions Options =
        new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
