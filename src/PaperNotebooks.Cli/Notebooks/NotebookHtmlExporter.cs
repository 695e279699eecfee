using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Markdig;
using PaperNotebooks.Charts;
using PaperNotebooks.Files;

namespace PaperNotebooks.Cli.Notebooks;

/// <summary>
/// Writes an executed notebook as one self-contained HTML page that opens offline by double-click: Markdown cells
/// rendered with Markdig, code and text outputs encoded, HTML outputs (the kernel's views, charts with plotly.js
/// inlined once by the extension) as they are.
/// </summary>
internal static class NotebookHtmlExporter
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>In the head of every page papernb writes, so that a later run knows the file is its own output.</summary>
    private const string Generator = "<meta name=\"generator\" content=\"papernb\">";

    /// <summary>Writes the page atomically; <paramref name="overwrite"/> and <paramref name="inputs"/> as for
    /// <see cref="AtomicFile.Write"/>.</summary>
    public static void Write(NotebookDocument notebook, string path, bool overwrite, IEnumerable<string> inputs) =>
        AtomicFile.WriteString(path, Render(notebook), overwrite, inputs);

    /// <summary>The page as text.</summary>
    public static string Render(NotebookDocument notebook)
    {
        var html = new StringBuilder(1 << 16);
        string title = Encode(TitleOf(notebook));
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            {Generator}
            <title>{title}</title>
            <style>{Style}</style>
            {(Sharing.ForeignCharts.NeedPlotly(HtmlOutputs(notebook)) ? PlotlyHtml.InlineScriptTag() : "")}
            </head>
            <body>
            <main class="notebook">

            """);
        foreach (var cell in notebook.Cells)
        {
            if (cell.IsMarkdown)
            {
                html.Append("<section class=\"cell markdown\">").Append(Markdig.Markdown.ToHtml(cell.Source, Markdown)).Append("</section>\n");
            }
            else if (cell.IsCode)
            {
                html.Append("<section class=\"cell code\">\n<pre class=\"source\"><code>").Append(Encode(cell.Source)).Append("</code></pre>\n");
                foreach (var output in cell.Outputs.OfType<JsonObject>()) AppendOutput(html, output);
                html.Append("</section>\n");
            }
        }
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Whether the file at <paramref name="path"/> is a page papernb wrote.</summary>
    public static bool IsWrittenByPapernb(string path)
    {
        try
        {
            if (InputFile.Problem(path) is not null) return false;
            using var reader = new StreamReader(path);
            var head = new char[2048];
            int read = reader.ReadBlock(head);
            return new string(head, 0, read).Contains(Generator, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void AppendOutput(StringBuilder html, JsonObject output)
    {
        switch ((string?)output["output_type"])
        {
            case "stream":
                html.Append($"<pre class=\"output stream {Encode((string?)output["name"] ?? "")}\">").Append(Encode(Text(output["text"]))).Append("</pre>\n");
                break;
            case "error":
                html.Append("<pre class=\"output error\">").Append(Encode((string?)output["evalue"] ?? "")).Append("</pre>\n");
                break;
            default:
                var data = output["data"] as JsonObject;
                if (data?["text/html"] is { } rich)
                {
                    html.Append("<div class=\"output html\">").Append(Sharing.ForeignCharts.ForPage(Text(rich))).Append("</div>\n");
                }
                else if (data?["image/png"] is { } png)
                {
                    html.Append("<div class=\"output image\"><img alt=\"output\" src=\"data:image/png;base64,").Append(Encode(Text(png).Trim())).Append("\"></div>\n");
                }
                else if (data?["text/markdown"] is { } markdown)
                {
                    html.Append("<div class=\"output markdown\">").Append(Markdig.Markdown.ToHtml(Text(markdown), Markdown)).Append("</div>\n");
                }
                else if (data?["text/plain"] is { } plain)
                {
                    html.Append("<pre class=\"output text\">").Append(Encode(Text(plain))).Append("</pre>\n");
                }
                break;
        }
    }

    private static IEnumerable<string> HtmlOutputs(NotebookDocument notebook) =>
        notebook.CodeCells.SelectMany(c => c.Outputs.OfType<JsonObject>()).Select(o => (o["data"] as JsonObject)?["text/html"]).Where(h => h is not null).Select(Text);

    private static string TitleOf(NotebookDocument notebook)
    {
        var heading = notebook.Cells.Where(c => c.IsMarkdown).Select(c => c.Source.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal)))
            .FirstOrDefault(h => h is not null);
        return heading is null ? Path.GetFileNameWithoutExtension(notebook.Name) : heading[2..].Trim();
    }

    private static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value => (string?)value ?? "",
        _ => "",
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body { margin: 0; background: #f6f7f9; color: #1f2328; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        main.notebook { max-width: 1100px; margin: 0 auto; padding: 24px 32px 64px; background: #fff; min-height: 100vh; box-shadow: 0 0 0 1px #e4e7eb; }
        .cell { margin: 18px 0; }
        .cell.markdown h1 { font-size: 1.9em; margin: 0.4em 0; } .cell.markdown h2 { font-size: 1.4em; margin-top: 1.2em; }
        .cell.markdown code { background: #f0f2f5; padding: 1px 4px; border-radius: 4px; }
        pre { margin: 0; white-space: pre-wrap; word-break: break-word; font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
        pre.source { background: #f6f8fa; border: 1px solid #e4e7eb; border-left: 3px solid #4f7cff; border-radius: 6px; padding: 10px 12px; }
        .output { margin-top: 8px; overflow-x: auto; }
        pre.output.text, pre.output.stream { padding: 4px 12px; color: #24292f; }
        pre.output.stderr { color: #9a6700; }
        .output img { max-width: 100%; height: auto; }
        @page { size: A4; }
        @media print {
          body { background: #fff; font-size: 12px; }
          main.notebook { max-width: none; min-height: 0; padding: 0; box-shadow: none; }
          /* Page breaks fall between cells where a cell fits on a page; a chart is never cut. */
          .cell { break-inside: avoid; }
          .cell.markdown h1, .cell.markdown h2, .cell.markdown h3 { break-after: avoid; }
          /* A Markdown cell introduces the cell after it: keep the two together where they fit. */
          .cell.markdown { break-after: avoid; }
          .papernb-chart, .output img { break-inside: avoid; }
          .papernb-chart { height: auto !important; }
          /* Nothing scrolls on paper: wide tables shrink and wrap instead of being cut at the margin. */
          .output { overflow: visible; }
          .output table { width: 100% !important; font-size: 10px; }
          .output td, .output th { word-break: break-word; }
          pre { white-space: pre-wrap; }
        }
        pre.output.error { background: #fff0f0; border: 1px solid #f3c2c2; border-radius: 6px; padding: 10px 12px; color: #b42318; }
        """;
}
