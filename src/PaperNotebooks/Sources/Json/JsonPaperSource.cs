using System.Text.Json;
using PaperNotebooks.Text;
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

    /// <summary>
    /// Reads an export as it is written, one element a line start (<c>{</c>), in parts on all cores; anything else (JSON
    /// that is not valid, comments between elements, an element split across lines that start with <c>{</c>) is read
    /// in one pass instead, which is what the parts give whenever they can be read.
    /// </summary>
    public unsafe DiagnosticList Read(byte* data, long length, SourceContext context, IPaperSink sink)
    {
        long start = SourceEncoding.Utf8MarkLength(new ReadOnlySpan<byte>(data, (int)Math.Min(length, 3)));
        return ReadInParts(data, length, start, context, sink) ?? ReadWhole(data, length, start, context, sink);
    }

    /// <summary>What reading in parts must give: one pass over the file (tests compare the two).</summary>
    internal static unsafe DiagnosticList ReadInOnePass(byte* data, long length, SourceContext context, IPaperSink sink) =>
        ReadWhole(data, length, SourceEncoding.Utf8MarkLength(new ReadOnlySpan<byte>(data, (int)Math.Min(length, 3))), context, sink);

    /// <summary>The papers read in parts, or null (nothing given to the sink) when the file is not an export's plain shape.</summary>
    private static unsafe DiagnosticList? ReadInParts(byte* data, long length, long start, SourceContext context, IPaperSink sink)
    {
        var options = context.Options;
        var cancellation = options.CancellationToken;
        using var bytes = SourceBlocks.Of(data, length, context.Path);
        var parallel = context.Parallel();
        JsonPart?[] parts = [];
        Utf8TextBlock?[] abstracts = [];
        var stores = sink.Detail == PaperDetail.Full ? new Utf8TextStore.ForFile(length) : null;
        try
        {
            var run = bytes.Run(start, context.BlockSize, default(ElementBoundary), parallel,
                begin: most => (parts, abstracts) = (new JsonPart?[most], new Utf8TextBlock?[most]),
                cut: (k, from, to) => abstracts[k] = stores?.Next(from, to),
                parse: (k, block, firstLine, last) =>
                {
                    parts[k] = JsonPart.Read(block, k == 0, last, firstLine, abstracts[k], cancellation);
                    abstracts[k]?.Finish();
                });
            if (run.StoppedAtLongStretch) return null;
        }
        catch (AggregateException) when (cancellation.IsCancellationRequested)
        {
            cancellation.ThrowIfCancellationRequested();
            throw;
        }
        finally
        {
            Utf8TextStore.SealAllInBackground(abstracts);
        }
        // The parts up to the one that ends the array (what follows it is not read, as in one pass); each a whole
        // number of elements, each element but the last followed by a comma.
        int count = 0;
        for (; count < parts.Length && parts[count] is { } part; count++)
        {
            if (part.Odd || (count > 0 && !parts[count - 1]!.EndsWithComma && part.StartsWithElement)) return null;
            if (part.EndsArray) break;
        }
        if (count == parts.Length || parts[count] is null) return null;

        var diagnostics = new DiagnosticList(options.MaxDiagnostics);
        int index = 0;
        for (int k = 0; k <= count; k++)
        {
            foreach (var (element, line, problem) in parts[k]!.Skipped)
                diagnostics.Add(context.Error(DiagnosticCodes.InvalidField, line, $"paper {index + element} skipped: {problem}"));
            index += parts[k]!.Elements;
        }
        context.Deliver(sink, parts, count + 1, part => part!.Papers);
        return diagnostics;
    }

    private static unsafe DiagnosticList ReadWhole(byte* data, long length, long start, SourceContext context, IPaperSink sink)
    {
        var diagnostics = new DiagnosticList(context.Options.MaxDiagnostics);
        sink.Begin(1);
        if (length > int.MaxValue)
        {
            diagnostics.Add(context.Error(DiagnosticCodes.Unreadable, 0, "a JSON export over 2 GB cannot be read unless each paper starts a line with '{'; split it"));
            return diagnostics;
        }
        var text = new ReadOnlySpan<byte>(data, (int)length)[(int)start..];
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

    /// <summary>Where an export's elements start: a line that starts with <c>{</c>.</summary>
    private readonly struct ElementBoundary : IEntryBoundary
    {
        public int MaxLineLength => int.MaxValue;

        public bool IsEntryStart(ReadOnlySpan<byte> line) => line is [(byte)'{', ..];
    }

    /// <summary>
    /// One part of an export: its elements read as papers (or as problems, by element and line), and how it ends.
    /// <see cref="Odd"/> when one pass could read it otherwise: invalid JSON, a comment, an element that does not end in
    /// the part, a missing or doubled comma.
    /// </summary>
    private sealed class JsonPart
    {
        public List<Paper> Papers { get; } = [];
        public List<(int Element, int Line, string Problem)> Skipped { get; } = [];
        public int Elements { get; private set; }
        public bool Odd { get; private set; }
        public bool EndsArray { get; private set; }
        public bool EndsWithComma { get; private set; }
        public bool StartsWithElement { get; private set; }

        public static JsonPart Read(ReadOnlySpan<byte> block, bool first, bool last, int firstLine, Utf8TextBlock? abstracts, CancellationToken cancellation)
        {
            var part = new JsonPart();
            var lines = new LineCounter(block);
            int p = Skip(block, 0);
            if (first)
            {
                if (p >= block.Length || block[p] != (byte)'[') return part.Strange();
                p = Skip(block, p + 1);
            }
            bool needComma = false;
            part.StartsWithElement = p < block.Length && block[p] is not ((byte)']' or (byte)',');
            while (true)
            {
                if (p >= block.Length)
                {
                    // The next part starts with an element: this one must have ended with its comma.
                    part.EndsWithComma = !needComma;
                    return last ? part.Strange() : part;
                }
                byte b = block[p];
                if (b == (byte)']')
                {
                    part.EndsArray = true;
                    return part;
                }
                if (b == (byte)',')
                {
                    if (!needComma) return part.Strange();
                    needComma = false;
                    p = Skip(block, p + 1);
                    continue;
                }
                if (needComma || b == (byte)'/') return part.Strange();
                cancellation.ThrowIfCancellationRequested();
                var reader = new Utf8JsonReader(block[p..], isFinalBlock: true, new JsonReaderState(Options));
                try
                {
                    reader.Read();
                    using var element = JsonDocument.ParseValue(ref reader);
                    if (ReadPaper(element.RootElement, out var paper) is { } problem)
                        part.Skipped.Add((part.Elements, firstLine - 1 + lines.At(p), problem));
                    else
                        part.Papers.Add(abstracts is null ? paper : WithAbstractIn(abstracts, paper, element.RootElement));
                }
                catch (JsonException)
                {
                    return part.Strange();
                }
                part.Elements++;
                p = Skip(block, p + (int)reader.BytesConsumed);
                needComma = true;
            }
        }

        /// <summary>The paper with its abstract kept as UTF-8: the bytes as written when they need no unescaping.</summary>
        private static Paper WithAbstractIn(Utf8TextBlock abstracts, Paper paper, JsonElement element)
        {
            if (paper.Abstract.Length == 0 || !element.TryGetProperty("abstract", out var value)) return paper;
            var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value);
            bool stored = raw.Length >= 2 && raw[1..^1].IndexOf((byte)'\\') < 0
                ? abstracts.TryAppend(raw[1..^1], out int row)
                : abstracts.TryAppend(paper.Abstract.AsSpan(), out row);
            return stored ? paper with { StoredAbstract = new StoredText(abstracts, row) } : paper;
        }

        private JsonPart Strange()
        {
            Odd = true;
            return this;
        }

        private static int Skip(ReadOnlySpan<byte> block, int p)
        {
            while (p < block.Length && block[p] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') p++;
            return p;
        }
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
        paper = PaperSchema.Unshared();
        if (element.ValueKind != JsonValueKind.Object) return $"expected an object, found {element.ValueKind}";
        foreach (var field in PaperSchema.Fields)
        {
            // Null and absent mean the same: no value.
            if (!element.TryGetProperty(field.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (field.Required) return $"'{field.Name}' is missing or null";
                continue;
            }
            if (!field.TryReadJson(value, paper)) return $"'{field.Name}' should be {field.Expected}";
        }
        return null;
    }
}
