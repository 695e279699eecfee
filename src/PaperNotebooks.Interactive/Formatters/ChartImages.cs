using System.Collections.Concurrent;
using PaperNotebooks.Charts;
using PaperNotebooks.Charts.Figures;
using PaperNotebooks.Charts.Images;
using PaperNotebooks.Charts.Rendering;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>
/// Static images of charts for kernel sessions with <see cref="PaperExtensionOptions.StaticImages"/>: one headless
/// Chromium per kernel process, started on the first chart and closed when the process ends. Each image is drawn once
/// and handed to both the HTML view (as its fallback) and the <c>image/png</c> view.
/// </summary>
internal static class ChartImages
{
    public const string PngMimeType = "image/png";

    private static readonly Lazy<HeadlessChromium?> Browser = new(Start);
    private static readonly ConcurrentDictionary<string, ChartImage> Drawn = new(StringComparer.Ordinal);

    /// <summary>Why charts get no image in this process (no Chromium, or it would not start); null when they do.</summary>
    public static string? Problem { get; private set; }

    /// <summary>Whether images can be drawn, starting Chromium if it has not been.</summary>
    public static bool Available => Browser.Value is not null;

    /// <summary>The figure's image, or null when none can be drawn (the chart then shows as before).</summary>
    public static ChartImage? For(ChartFigure figure)
    {
        if (Browser.Value is not { } chromium) return null;
        string json = PlotlyHtml.FigureJson(figure);
        string key = $"{figure.Width}x{figure.Height}:{json}";
        if (Drawn.TryGetValue(key, out var image)) return image;
        try
        {
            image = chromium.RenderChartAsync(json, figure.Width, figure.Height).GetAwaiter().GetResult();
        }
        catch (ChromiumException)
        {
            return null;
        }
        // Only the last few charts are asked for again (HTML, then PNG, of one display).
        if (Drawn.Count > 16) Drawn.Clear();
        Drawn[key] = image;
        return image;
    }

    /// <summary>The chart's HTML with its image inside (see <see cref="StaticChartHtml"/>), or as it was without one.</summary>
    public static string WithImage(string html, ChartFigure figure)
    {
        if (For(figure) is not { } image) return html;
        foreach (var chart in PlotlyOutput.FindAll(html))
            html = StaticChartHtml.WithImage(html, chart.ElementId, image, FigureTextRenderer.Line(figure));
        return html;
    }

    private static HeadlessChromium? Start()
    {
        if (ChromiumLocation.Find() is not { } executable)
        {
            Problem = ChromiumLocation.Missing;
            return null;
        }
        try
        {
            // Never disposed: the kernel never says it is done with charts, and the browser ends with the process.
            return HeadlessChromium.StartAsync(executable).GetAwaiter().GetResult();
        }
        catch (ChromiumException e)
        {
            Problem = e.Message;
            return null;
        }
    }
}
