using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Filtering;
using PaperNotebooks.Model;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>
/// Filters a few papers of its own and formats their table once, beside a load's read: a
/// process's first table (the notebook's first <c>#!paper list</c> after a load) otherwise pays for the kernel's look-up
/// of the table's formatter and for compiling what no ahead-of-time image holds, about ten milliseconds, a third of
/// the list at 200,000 papers. It costs the read a few milliseconds of a core. The charts' first drawing is not warmed
/// up this way: it costs hundreds (XPlot.Plotly's F# code is compiled optimised at once, with Newtonsoft.Json's), which
/// beside the read cost a 1M load 0.4-0.6 s and after the load fell into the next cells (bench/README, stop 39). What it
/// throws is left to the real table to report.
/// </summary>
internal static class ViewWarmUp
{
    private static readonly Lock Gate = new();
    private static Task? _formatting;

    /// <summary>Starts the formatting unless it has started already; the formatting.</summary>
    public static Task StartOnce()
    {
        lock (Gate)
        {
            // Without the cell's context: nothing it formats goes to the cell.
            using (ExecutionContext.SuppressFlow()) return _formatting ??= Task.Run(Format);
        }
    }

    /// <summary>The HTML of the table it formatted, for tests; null before it ends or when it failed.</summary>
    internal static string? Formatted { get; private set; }

    private static void Format()
    {
        try
        {
            var papers = new PaperCollection(Enumerable.Range(0, 4).Select(i => new Paper
            {
                Id = $"warmup{i}",
                Title = $"A paper to format {i}",
                Authors = ["Ana Silva", "Wei Zhang"],
                Category = i % 2 == 0 ? "cs.CL" : "cs.LG",
                Published = new DateOnly(2023 + i % 2, 1 + i, 1),
            }));
            var matches = new PaperFilter { Category = "cs.CL", Years = new(2023, 2024), Top = 20 }.Apply(papers);
            Formatted = new PaperTable("warm-up", matches, papers.Count).ToDisplayString(HtmlFormatter.MimeType);
        }
        catch (Exception)
        {
            // Best effort: the same table in a cell reports what went wrong there.
        }
    }
}
