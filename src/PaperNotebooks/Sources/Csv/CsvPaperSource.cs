using CsvHelper;
using PaperNotebooks.Export;
using PaperNotebooks.Model;
using PaperNotebooks.Text;

namespace PaperNotebooks.Sources.Csv;

/// <summary>
/// Our CSV export: a header naming every field of <see cref="PaperSchema"/> (in any order, other columns ignored),
/// then one record per paper. A record that cannot be read is skipped with a diagnostic at its line; malformed CSV
/// ends the reading there, keeping the papers before it.
/// </summary>
internal sealed class CsvPaperSource : IPaperSource
{
    private static readonly CsvReaderOptions Options = CsvPaperFormat.ReaderOptions with { TrackLineNumbers = true };

    public static CsvPaperSource Instance { get; } = new();

    public string Name => "csv";

    public IReadOnlyList<string> Extensions { get; } = [".csv"];

    /// <summary>A header that starts with our first two fields.</summary>
    public bool Sniff(ReadOnlySpan<byte> head) => head.StartsWith("id,title,"u8);

    /// <summary>
    /// Reads the records in blocks of lines on all cores when every block reads cleanly (a known header, each record as
    /// many fields as it has, each field readable); a file with anything else (a record that cannot be read, malformed
    /// CSV, a quoted line break where a block was cut) is read in one pass, which the blocks give whenever they can.
    /// </summary>
    public unsafe DiagnosticList Read(byte* data, long length, SourceContext context, IPaperSink sink) =>
        ReadInBlocks(data, length, context, sink) ?? ReadInOnePass(data, length, context, sink);

    /// <summary>The papers read in blocks, or null (nothing given to the sink) when one pass must read the file.</summary>
    private static unsafe DiagnosticList? ReadInBlocks(byte* data, long length, SourceContext context, IPaperSink sink)
    {
        if (length == 0 || Header(data, length) is not { } header) return null;
        var options = context.Options;
        var cancellation = options.CancellationToken;
        using var bytes = SourceBlocks.Of(data, length, context.Path);
        var parallel = context.Parallel();
        List<Paper>?[] parts = [];
        Utf8TextBlock?[] abstracts = [];
        var stores = sink.Detail == PaperDetail.Full ? new Utf8TextStore.ForFile(length) : null;
        int odd = 0;
        try
        {
            var run = bytes.Run(0, context.BlockSize, default(NewlineBoundary), parallel,
                begin: most => (parts, abstracts) = (new List<Paper>?[most], new Utf8TextBlock?[most]),
                cut: (k, from, to) => abstracts[k] = stores?.Next(from, to),
                parse: (k, block, _, _) =>
                {
                    if (Volatile.Read(ref odd) == 0 && ReadBlock(block, k == 0, header, abstracts[k], cancellation) is { } papers) parts[k] = papers;
                    else Volatile.Write(ref odd, 1);
                    abstracts[k]?.Finish();
                });
            if (run.StoppedAtLongStretch || odd != 0) return null;
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
        int count = parts.Length;
        while (count > 0 && parts[count - 1] is null) count--;
        if (parts.Take(count).Any(part => part is null)) return null;
        context.Deliver(sink, parts, count, part => part!);
        return new DiagnosticList(options.MaxDiagnostics);
    }

    /// <summary>The header's names, when it names every required field; else null.</summary>
    private static unsafe IReadOnlyList<string>? Header(byte* data, long length)
    {
        using var stream = new UnmanagedMemoryStream(data, length);
        using var csv = CsvReader.Create(stream, Options, leaveOpen: true);
        try
        {
            csv.ReadHeader();
            var headers = csv.Headers.ToArray();
            return PaperSchema.Fields.Where(f => f.Required).All(f => IndexOf(headers, f.Name) >= 0) ? headers : null;
        }
        catch (CsvFormatException)
        {
            return null;
        }
    }

    /// <summary>The papers of one block, or null when any of its records is not read cleanly.</summary>
    private static unsafe List<Paper>? ReadBlock(ReadOnlySpan<byte> block, bool first, IReadOnlyList<string> header, Utf8TextBlock? abstracts,
        CancellationToken cancellation)
    {
        var papers = new List<Paper>();
        fixed (byte* start = block)
        {
            using var stream = new UnmanagedMemoryStream(start, block.Length);
            using var csv = CsvReader.Create(stream, Options with { HasHeader = first }, leaveOpen: true);
            try
            {
                if (first)
                {
                    csv.ReadHeader();
                    if (!csv.Headers.SequenceEqual(header)) return null;
                }
                var columns = PaperSchema.Names.Select(name => IndexOf(header, name)).ToArray();
                while (csv.Read())
                {
                    cancellation.ThrowIfCancellationRequested();
                    if (csv.FieldCount != header.Count || ReadPaper(csv, columns, out var paper) is not null) return null;
                    // The abstract kept as UTF-8, as the other sources keep theirs.
                    papers.Add(abstracts is not null && paper.Abstract.Length > 0 && abstracts.TryAppend(paper.Abstract.AsSpan(), out int row)
                        ? paper with { StoredAbstract = new StoredText(abstracts, row) }
                        : paper);
                }
            }
            catch (CsvFormatException)
            {
                return null;
            }
        }
        return papers;
    }

    /// <summary>The whole file in one pass: what reading in blocks must give (tests compare the two).</summary>
    internal static unsafe DiagnosticList ReadInOnePass(byte* data, long length, SourceContext context, IPaperSink sink)
    {
        var diagnostics = new DiagnosticList(context.Options.MaxDiagnostics);
        sink.Begin(1);
        var add = sink.Part(0);
        if (length == 0) return diagnostics;
        using var stream = new UnmanagedMemoryStream(data, length);
        using var csv = CsvReader.Create(stream, Options, leaveOpen: true);
        try
        {
            csv.ReadHeader();
            if (csv.Headers.Count == 0) return diagnostics;
            var columns = PaperSchema.Names.Select(name => IndexOf(csv.Headers, name)).ToArray();
            // Fields added after a CSV was written may be absent; the required ones may not.
            var missing = PaperSchema.Fields.Where((field, i) => columns[i] < 0 && field.Required).Select(f => f.Name).ToList();
            if (missing.Count > 0)
            {
                diagnostics.Add(context.Error(DiagnosticCodes.MalformedRecord, 1,
                    $"the CSV header lacks {string.Join(", ", missing)}; nothing was read"));
                return diagnostics;
            }
            while (csv.Read())
            {
                context.Options.CancellationToken.ThrowIfCancellationRequested();
                if (ReadPaper(csv, columns, out var paper) is { } problem)
                    diagnostics.Add(context.Error(DiagnosticCodes.InvalidField, (int)csv.LineNumber, $"record {csv.RowNumber} skipped: {problem}"));
                else
                    add(paper.Source is null ? paper with { Source = context.Source } : paper);
            }
        }
        catch (CsvFormatException e)
        {
            diagnostics.Add(context.Error(DiagnosticCodes.MalformedRecord, (int)e.LineNumber,
                $"not a CSV export of papers (record {e.RecordNumber}); reading stopped here: {e.Message}"));
        }
        return diagnostics;
    }

    private static string? ReadPaper(CsvReader csv, int[] columns, out Paper paper)
    {
        paper = PaperSchema.Unshared();
        for (int i = 0; i < columns.Length; i++)
        {
            if (columns[i] < 0) continue;
            var field = PaperSchema.Fields[i];
            string text = csv.GetString(columns[i]);
            if (!field.TryParseText(text, paper)) return $"'{field.Name}' should be {field.Expected}, not '{Text.Excerpt.Of(text)}'";
        }
        return null;
    }

    private static int IndexOf(IReadOnlyList<string> headers, string name)
    {
        for (int i = 0; i < headers.Count; i++)
        {
            if (headers[i] == name) return i;
        }
        return -1;
    }
}
