using System.Text.Json;
using PaperNotebooks.Model;

namespace PaperNotebooks.Sources.Json;

/// <summary>
/// Our JSON export: an array of paper objects, fields as in <see cref="PaperSchema"/>, in any order; unknown fields
/// are ignored. A paper that cannot be read is skipped with a diagnostic at its line; invalid JSON ends the reading
/// there, keeping the papers before it.
/// </summary>
internal sealed class JsonPaperSource : IPaperSource
{
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static JsonPaperSource Instance { get; } = new();

    public string Name => "json";

    public IReadOnlyList<string> Extensions { get; } = [".json"];

    public bool Sniff(ReadOnlySpan<byte> head) => head.TrimStart(" \t\r\n"u8) is [(byte)'[', ..];

    public unsafe DiagnosticList Read(byte* data, long length, SourceContext context, IPaperSink sink)
    {
        var diagnostics = new DiagnosticList(context.Options.MaxDiagnostics);
        sink.Begin(1);
        if (length > int.MaxValue)
        {
            diagnostics.Add(context.Error(DiagnosticCodes.Unreadable, 0, "a JSON export over 2 GB cannot be read; split it"));
            return diagnostics;
        }
        var text = new ReadOnlySpan<byte>(data, (int)length);
        if (text.StartsWith("\uFEFF"u8)) text = text[3..];
        var add = sink.Part(0);
        var lines = new LineCounter(text);
        var reader = new Utf8JsonReader(text, Options);
        try
        {
            if (!reader.Read()) return diagnostics;
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                diagnostics.Add(context.Error(DiagnosticCodes.MalformedRecord, 1, "a JSON export of papers is an array of objects"));
                return diagnostics;
            }
            for (int index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
            {
                context.Options.CancellationToken.ThrowIfCancellationRequested();
                int line = lines.At(reader.TokenStartIndex);
                using var element = JsonDocument.ParseValue(ref reader);
                if (ReadPaper(element.RootElement, out var paper) is { } problem)
                    diagnostics.Add(context.Error(DiagnosticCodes.InvalidField, line, $"paper {index} skipped: {problem}"));
                else
                    add(paper.Source is null ? paper with { Source = context.Source } : paper);
            }
        }
        catch (JsonException e)
        {
            diagnostics.Add(context.Error(DiagnosticCodes.MalformedRecord, (int)(e.LineNumber ?? 0) + 1,
                $"not valid JSON; reading stopped here: {e.Message}"));
        }
        return diagnostics;
    }

    /// <summary>Null when the paper was read; else what is wrong with it.</summary>
    private static string? ReadPaper(JsonElement element, out Paper paper)
    {
        try
        {
            return ReadFields(element, out paper);
        }
        catch (InvalidOperationException)
        {
            // The reader checks structure, not the UTF-8 inside strings: that fails when a string is read.
            paper = PaperSchema.Blank;
            return "a string is not valid UTF-8";
        }
    }

    private static string? ReadFields(JsonElement element, out Paper paper)
    {
        paper = PaperSchema.Blank;
        if (element.ValueKind != JsonValueKind.Object) return $"expected an object, found {element.ValueKind}";
        foreach (var field in PaperSchema.Fields)
        {
            // Null and absent mean the same: no value.
            if (!element.TryGetProperty(field.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (field.Required) return $"'{field.Name}' is missing or null";
                continue;
            }
            if (!field.TryReadJson(value, ref paper)) return $"'{field.Name}' should be {field.Expected}";
        }
        return null;
    }
}
