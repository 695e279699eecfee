using System.Text.Json;

namespace PaperNotebooks.Sources.OpenAlex;

/// <summary>
/// OpenAlex works (<see cref="OpenAlexWork"/>): one page of the API (<c>{"meta": ..., "results": [work, ...]}</c>),
/// JSON lines of works, as OpenAlex's snapshot and exports write them, or works written out across lines one after
/// another (one work saved from <c>/works/W...</c> and indented, <c>jq '.results[]'</c>). Found by content, whatever the
/// extension: an object with <c>"results"</c> and <c>"meta"</c>, or with <c>"authorships"</c>. A work without a title or
/// a date is skipped with its line; in a page or indented works, JSON that is not well formed ends the reading there,
/// keeping the works before it; in JSON lines, that line is skipped.
/// </summary>
internal sealed class OpenAlexPaperSource : IPaperSource
{
    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static OpenAlexPaperSource Instance { get; } = new();

    public string Name => "openalex";

    /// <summary>None: OpenAlex pages and exports are <c>.json</c> or <c>.jsonl</c>, known by their content.</summary>
    public IReadOnlyList<string> Extensions { get; } = [];

    public bool Sniff(ReadOnlySpan<byte> head)
    {
        head = head.TrimStart(" \t\r\n"u8);
        if (head.IsEmpty || head[0] != (byte)'{') return false;
        return head.IndexOf("\"authorships\""u8) >= 0 || (head.IndexOf("\"results\""u8) >= 0 && head.IndexOf("\"meta\""u8) >= 0);
    }

    public unsafe DiagnosticList Read(byte* data, long length, SourceContext context, IPaperSink sink)
    {
        long start = SourceEncoding.Utf8MarkLength(new ReadOnlySpan<byte>(data, (int)Math.Min(length, 3)));
        // JSON lines (a snapshot's part can pass 2 GB) are read in blocks of lines on all cores; a page or indented works
        // are one JSON text, read in one pass.
        var head = new ReadOnlySpan<byte>(data + start, (int)Math.Min(length - start, int.MaxValue));
        var layout = LayoutOf(head);
        if (layout == Layout.Lines) return ReadLinesInParts(data, length, start, context, sink);

        var diagnostics = new DiagnosticList(context.Options.MaxDiagnostics);
        sink.Begin(1);
        if (length > int.MaxValue)
        {
            diagnostics.Add(context.Error(DiagnosticCodes.Unreadable, 0, "an OpenAlex page or file of indented works over 2 GB cannot be read; split it, or write its works as JSON lines"));
            return diagnostics;
        }
        var add = sink.Part(0);
        if (layout == Layout.Page) ReadPage(head, context, add, diagnostics);
        else ReadIndented(head, context, add, diagnostics);
        return diagnostics;
    }

    private static unsafe DiagnosticList ReadLinesInParts(byte* data, long length, long start, SourceContext context, IPaperSink sink)
    {
        var options = context.Options;
        var cancellation = options.CancellationToken;
        var diagnostics = new DiagnosticList(options.MaxDiagnostics);
        using var bytes = SourceBlocks.Of(data, length, context.Path);
        var parallel = context.Parallel();
        DiagnosticList[] found = [];
        try
        {
            var run = bytes.Run(start, context.BlockSize, default(NewlineBoundary), parallel,
                begin: most =>
                {
                    sink.Begin(most);
                    found = new DiagnosticList[most];
                },
                cut: static (_, _, _) => { },
                parse: (k, block, firstLine, last) =>
                {
                    found[k] = new DiagnosticList(options.MaxDiagnostics);
                    ReadLines(block, firstLine, context, sink.Part(k), found[k]);
                });
            if (run.StoppedAtLongStretch) diagnostics.Add(context.Error(DiagnosticCodes.Unreadable, 0, "the file has a line of over 2 GB; it is not OpenAlex works"));
        }
        catch (AggregateException) when (cancellation.IsCancellationRequested)
        {
            cancellation.ThrowIfCancellationRequested();
            throw;
        }
        foreach (var part in found) if (part is not null) diagnostics.AddRange(part);
        return diagnostics;
    }

    private enum Layout { Lines, Page, Indented }

    /// <summary>
    /// A page when the first object has <c>results</c> before any work field; else works written out across lines
    /// when the first line opens an object it does not close and the next line does not start another (as every JSON
    /// line does); else JSON lines, whose bad lines are skipped one by one.
    /// </summary>
    private static Layout LayoutOf(ReadOnlySpan<byte> text)
    {
        text = text.TrimStart(" \t\r\n"u8);
        var reader = new Utf8JsonReader(text, ReaderOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return Layout.Lines;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("results"u8)) return Layout.Page;
                if (reader.ValueTextEquals("authorships"u8)) break;
                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }
        catch (InvalidOperationException)
        {
            // A value cut off mid-file cannot be skipped: the text is a page only if "results" came first.
        }
        return OpensAcrossLines(text) ? Layout.Indented : Layout.Lines;
    }

    private static bool OpensAcrossLines(ReadOnlySpan<byte> text)
    {
        int end = text.IndexOfAny((byte)'\n', (byte)'\r');
        if (end < 0) return false;
        var reader = new Utf8JsonReader(text[..end], isFinalBlock: false, new JsonReaderState(ReaderOptions));
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0 && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }
        var next = text[end..].TrimStart(" \t\r\n"u8);
        return !next.IsEmpty && next[0] != (byte)'{';
    }

    private static void ReadPage(ReadOnlySpan<byte> text, SourceContext context, Action<Model.Paper> add, DiagnosticList diagnostics)
    {
        var lines = new LineCounter(text);
        var reader = new Utf8JsonReader(text, ReaderOptions);
        try
        {
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool results = reader.ValueTextEquals("results"u8);
                reader.Read();
                if (!results)
                {
                    reader.Skip();
                    continue;
                }
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    diagnostics.Add(context.Error(DiagnosticCodes.OpenAlexMalformed, lines.At(reader.TokenStartIndex), "\"results\" is not an array of works"));
                    return;
                }
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    context.Options.CancellationToken.ThrowIfCancellationRequested();
                    int line = lines.At(reader.TokenStartIndex);
                    using var work = JsonDocument.ParseValue(ref reader);
                    AddWork(work.RootElement, line, context, add, diagnostics);
                }
            }
        }
        catch (JsonException e)
        {
            Stopped(e, context, diagnostics);
        }
    }

    /// <summary>Works one after another, each written across lines; JSON that is not well formed ends the reading.</summary>
    private static void ReadIndented(ReadOnlySpan<byte> text, SourceContext context, Action<Model.Paper> add, DiagnosticList diagnostics)
    {
        var lines = new LineCounter(text);
        var reader = new Utf8JsonReader(text, ReaderOptions with { AllowMultipleValues = true });
        try
        {
            while (reader.Read())
            {
                context.Options.CancellationToken.ThrowIfCancellationRequested();
                int line = lines.At(reader.TokenStartIndex);
                using var work = JsonDocument.ParseValue(ref reader);
                AddWork(work.RootElement, line, context, add, diagnostics);
            }
        }
        catch (JsonException e)
        {
            Stopped(e, context, diagnostics);
        }
    }

    /// <summary>JSON lines from line <paramref name="firstLine"/> on: a line that is not a work is skipped with its line.</summary>
    private static void ReadLines(ReadOnlySpan<byte> text, int firstLine, SourceContext context, Action<Model.Paper> add, DiagnosticList diagnostics)
    {
        int position = 0;
        for (int line = firstLine; position < text.Length; line++)
        {
            if ((line & 255) == 0) context.Options.CancellationToken.ThrowIfCancellationRequested();
            int end = text[position..].IndexOfAny((byte)'\n', (byte)'\r');
            end = end < 0 ? text.Length : position + end;
            var record = text[position..end].Trim(" \t"u8);
            position = LineEnds.After(text, end);
            if (record.IsEmpty) continue;
            try
            {
                using var work = JsonDocument.Parse(record.ToArray(), new JsonDocumentOptions { AllowTrailingCommas = true });
                AddWork(work.RootElement, line, context, add, diagnostics);
            }
            catch (JsonException e)
            {
                diagnostics.Add(context.Error(DiagnosticCodes.OpenAlexMalformed, line,
                    $"the line is not a JSON work and is skipped: {Problem(e)}"));
            }
        }
    }

    private static void AddWork(JsonElement work, int line, SourceContext context, Action<Model.Paper> add, DiagnosticList diagnostics)
    {
        try
        {
            if (OpenAlexWork.From(work, context.Source, line, out string problem) is { } paper) add(paper);
            else diagnostics.Add(context.Error(DiagnosticCodes.OpenAlexWorkSkipped, line, $"the work is skipped: {problem}"));
        }
        catch (InvalidOperationException)
        {
            // Structure is checked as it is read; text that is not UTF-8 shows when a string is taken.
            diagnostics.Add(context.Error(DiagnosticCodes.OpenAlexWorkSkipped, line, "the work is skipped: it has text that is not valid UTF-8"));
        }
    }

    private static void Stopped(JsonException e, SourceContext context, DiagnosticList diagnostics) =>
        diagnostics.Add(context.Error(DiagnosticCodes.OpenAlexMalformed, (int)(e.LineNumber ?? 0) + 1,
            $"not valid JSON; reading stopped here: {Problem(e)}"));

    /// <summary>What the JSON reader found, without its own 0-based position: the diagnostic gives the line.</summary>
    private static string Problem(JsonException e) =>
        Text.Excerpt.Of(e.Message.Split([" Path:", " LineNumber:"], StringSplitOptions.None)[0], 100);
}
