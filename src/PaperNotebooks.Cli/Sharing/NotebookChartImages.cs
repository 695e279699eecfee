using System.Diagnostics;
using System.Text.Json.Nodes;
using PaperNotebooks.Charts.Images;
using PaperNotebooks.Cli.Notebooks;

namespace PaperNotebooks.Cli.Sharing;

/// <summary>
/// Gives every plotly chart in a notebook's outputs a static image drawn by plotly.js: the PNG goes into the same
/// output's mime bundle as <c>image/png</c> (front ends show it where HTML with scripts is not trusted) and into the
/// chart's HTML as a fallback that the page removes once plotly.js draws (<see cref="StaticChartHtml"/>). Charts are
/// recognised in HTML outputs (ours and XPlot.Plotly's) and in plotly's own <c>application/vnd.plotly.v1+json</c>.
/// An output that has its image already is left as it is, so sharing a shared notebook changes nothing.
/// </summary>
internal static class NotebookChartImages
{
    private const string PlotlyMime = "application/vnd.plotly.v1+json";

    /// <summary>What was drawn: how many images, how long it took, and one line per chart that could not be drawn.</summary>
    public sealed record Outcome(int Images, TimeSpan Time, IReadOnlyList<string> Problems);

    /// <summary>Whether any output of the notebook holds a chart this class can draw, so a browser is started only for those.</summary>
    public static bool HasCharts(NotebookDocument notebook) =>
        notebook.CodeCells.SelectMany(c => c.Outputs.OfType<JsonObject>()).Select(o => o["data"]).OfType<JsonObject>()
            .Any(data => data[PlotlyMime] is not null || (Text(data["text/html"]) is { } html && PlotlyOutput.FindAll(html).Count > 0));

    public static async Task<Outcome> AddAsync(NotebookDocument notebook, HeadlessChromium chromium, CancellationToken cancellationToken)
    {
        int images = 0, cellNumber = 0;
        var problems = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var cell in notebook.Cells)
        {
            cellNumber++;
            if (!cell.IsCode) continue;
            foreach (var output in cell.Outputs.OfType<JsonObject>())
            {
                if (output["data"] is not JsonObject data) continue;
                try
                {
                    images += await AddToOutputAsync(data, output, chromium, cancellationToken);
                }
                catch (ChromiumException e)
                {
                    problems.Add($"cell {cellNumber}: {e.Message}");
                }
            }
        }
        return new Outcome(images, clock.Elapsed, problems);
    }

    private static async Task<int> AddToOutputAsync(JsonObject data, JsonObject output, HeadlessChromium chromium, CancellationToken cancellationToken)
    {
        int added = 0;
        ChartImage? first = null;
        if (Text(data["text/html"]) is { } html)
        {
            string changed = html;
            foreach (var chart in PlotlyOutput.FindAll(html))
            {
                if (StaticChartHtml.HasImage(changed, chart.ElementId)) continue;
                var image = await chromium.RenderChartAsync(chart.FigureJson, chart.Width, chart.Height, cancellationToken);
                changed = StaticChartHtml.WithImage(changed, chart.ElementId, image, Description(chart));
                first ??= image;
                added++;
            }
            if (!ReferenceEquals(changed, html)) data["text/html"] = changed;
        }
        if (first is null && data["image/png"] is null && data[PlotlyMime] is { } figureNode &&
            PlotlyOutput.FromFigureJson(figureNode.ToJsonString()) is { } figure)
        {
            first = await chromium.RenderChartAsync(figure.FigureJson, figure.Width, figure.Height, cancellationToken);
            added++;
        }
        if (first is not null && data["image/png"] is null)
        {
            data["image/png"] = first.Base64;
            // Shown at the chart's size, not at the image's twice-as-many pixels.
            if (output["metadata"] is not JsonObject metadata) output["metadata"] = metadata = new JsonObject();
            metadata["image/png"] = new JsonObject { ["width"] = first.Width, ["height"] = first.Height };
        }
        return added;
    }

    private static string Description(PlotlyOutput chart) => chart.Title.Length > 0 ? $"Chart: {chart.Title}" : "Chart";

    private static string? Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value when value.TryGetValue(out string? text) => text,
        _ => null,
    };
}
