using System.Security.Cryptography;
using System.Text.Json;

namespace LeafletTool.Cli.Output;

/// <summary>Gets a file's name and hash, as characters valid only during the call.</summary>
public delegate void ManifestEntryVisitor(ReadOnlySpan<char> name, ReadOnlySpan<char> hash);

/// <summary>
/// Reads the folder's record (<see cref="BuildManifest"/>) a token at a time, from bytes given whole or a piece at a
/// time: the record of 100,000 leaflets is 33 MB, and neither it nor a document of it is held. Each name and hash is
/// copied into a buffer and given to a visitor, not made a string. It accepts what a JSON document reader accepts: the
/// fields in any order, others skipped, nothing after the record's object.
/// </summary>
public sealed class ManifestReader(string format, int version, ManifestEntryVisitor add)
{
    private enum Stage { Start, Fields, Skipping, Files, Done, Refused }

    private enum Field { Format, Version, Files, Other }

    private Stage stage;
    private Field field;
    private bool formatSeen, versionSeen, filesSeen;
    private char[] name = new char[256];
    private char[] hash = new char[128];
    private int nameLength = -1;

    /// <summary>Whether what was read is a whole record of this tool.</summary>
    public bool IsRecord => stage == Stage.Done && formatSeen && versionSeen && filesSeen;

    /// <summary>Reads the whole record in <paramref name="bytes"/>; whether it is one of this tool.</summary>
    public bool ReadAll(ReadOnlySpan<byte> bytes)
    {
        var json = new Utf8JsonReader(bytes);
        return Feed(ref json) && IsRecord;
    }

    /// <summary>Reads the record in <paramref name="stream"/> a piece at a time, each piece also given to
    /// <paramref name="sha256"/> (to the end of the stream, whatever it holds); whether it is one of this
    /// tool.</summary>
    public bool ReadAll(Stream stream, IncrementalHash sha256)
    {
        var buffer = new byte[64 * 1024];
        var (filled, final, going) = (0, false, true);
        var state = default(JsonReaderState);
        while (!final)
        {
            var got = stream.Read(buffer, filled, buffer.Length - filled);
            sha256.AppendData(buffer, filled, got);
            (filled, final) = (filled + got, got == 0);
            if (!going)
            {
                filled = 0; // refused: the rest is only hashed
                continue;
            }

            var json = new Utf8JsonReader(buffer.AsSpan(0, filled), final, state);
            going = Feed(ref json);
            state = json.CurrentState;
            var consumed = (int)json.BytesConsumed;
            buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
            filled -= consumed;
            if (filled == buffer.Length) Array.Resize(ref buffer, 2 * buffer.Length); // one token longer than it
        }

        return going && IsRecord;
    }

    /// <summary>Takes the tokens the reader has whole; false once the bytes are not a record of this tool.</summary>
    private bool Feed(ref Utf8JsonReader json)
    {
        try
        {
            while (stage != Stage.Refused && json.Read()) Take(ref json);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            stage = Stage.Refused;
        }

        return stage != Stage.Refused;
    }

    private void Take(ref Utf8JsonReader json)
    {
        var (token, depth) = (json.TokenType, json.CurrentDepth);
        switch (stage)
        {
            case Stage.Start:
                stage = token == JsonTokenType.StartObject ? Stage.Fields : Stage.Refused;
                break;
            case Stage.Fields when token == JsonTokenType.PropertyName:
                field = json.ValueTextEquals("format") ? Field.Format : json.ValueTextEquals("version") ? Field.Version
                    : json.ValueTextEquals("files") ? Field.Files : Field.Other;
                break;
            case Stage.Fields when token == JsonTokenType.EndObject:
                stage = Stage.Done;
                break;
            case Stage.Fields:
                Value(ref json, token);
                break;
            case Stage.Skipping:
                if (depth == 1 && token is JsonTokenType.EndObject or JsonTokenType.EndArray) stage = Stage.Fields;
                break;
            case Stage.Files when token == JsonTokenType.PropertyName && nameLength < 0:
                nameLength = Copy(ref json, ref name);
                break;
            case Stage.Files when token == JsonTokenType.String && nameLength >= 0:
                var hashLength = Copy(ref json, ref hash); // before the buffer is read: it may be a new one
                add(name.AsSpan(0, nameLength), hash.AsSpan(0, hashLength));
                nameLength = -1;
                break;
            case Stage.Files when token == JsonTokenType.EndObject && nameLength < 0:
                (stage, filesSeen) = (Stage.Fields, true);
                break;
            default:
                stage = Stage.Refused; // a hash that is not text, or anything after the record's object
                break;
        }
    }

    /// <summary>A value of the record's object, of the field just named.</summary>
    private void Value(ref Utf8JsonReader json, JsonTokenType token)
    {
        switch (field)
        {
            case Field.Format:
                formatSeen = token == JsonTokenType.String && json.ValueTextEquals(format);
                break;
            case Field.Version:
                versionSeen = token == JsonTokenType.Number && json.TryGetInt32(out var number) && number == version;
                break;
            case Field.Files:
                stage = token == JsonTokenType.StartObject ? Stage.Files : Stage.Refused;
                break;
            default:
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray) stage = Stage.Skipping;
                break;
        }
    }

    /// <summary>Copies the reader's text into <paramref name="buffer"/>, made larger when it may not fit (a character
    /// for each UTF-8 byte at most); its length.</summary>
    private static int Copy(ref Utf8JsonReader json, ref char[] buffer)
    {
        var most = json.HasValueSequence ? checked((int)json.ValueSequence.Length) : json.ValueSpan.Length;
        if (most > buffer.Length) buffer = new char[most];
        return json.CopyString(buffer);
    }
}
