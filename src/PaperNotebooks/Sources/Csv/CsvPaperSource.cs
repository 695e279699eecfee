using CsvHelper;
using PaperNotebooks.Export;
using PaperNotebooks.Model;

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

    public unsafe DiagnosticList Read(byte* data, long length, SourceContext context, IPaperSink sink)
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
        paper = PaperSchema.Blank;
        for (int i = 0; i < columns.Length; i++)
        {
            if (columns[i] < 0) continue;
            var field = PaperSchema.Fields[i];
            string text = csv.GetString(columns[i]);
            if (!field.TryParseText(text, ref paper)) return $"'{field.Name}' should be {field.Expected}, not '{Text.Excerpt.Of(text)}'";
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
