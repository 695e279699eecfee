using PaperNotebooks.Charts.Figures;
using PaperNotebooks.Charts.Data;
using XPlot.Plotly;
using PlotLayout = XPlot.Plotly.Layout.Layout;

namespace PaperNotebooks.Charts.Drawing;

/// <summary>Papers per category as a bar chart, a pie or a treemap of arXiv archives.</summary>
internal static class TopicsDrawing
{
    private const string Title = "Papers per category";

    public static ChartFigure Draw(TopicData data, TopicChartKind kind) => kind switch
    {
        TopicChartKind.Pie => Pie(data),
        TopicChartKind.Treemap => Treemap(data),
        _ => Bars(data),
    };

    private static ChartFigure Bars(TopicData data)
    {
        var labels = data.Topics.Select(t => PlotlyText.Escape(t.Label)).ToArray();
        var bar = new HoverBar
        {
            name = "Papers",
            orientation = "h",
            x = data.Topics.Select(t => t.Papers.Papers).ToArray(),
            y = labels,
            hoverinfo = "text",
            HoverText = data.Topics.Select(Hover).ToArray(),
            marker = new Marker { color = data.Topics.Select(t => t.IsOther ? Palette.Other : Palette.Accent).ToArray() },
        };
        var layout = new PlotLayout
        {
            title = data.Topics.Count == 0 ? "No papers" : Title,
            showlegend = false,
            hovermode = "closest",
            xaxis = new Xaxis { title = "Papers" },
            yaxis = new Yaxis { type = "category", autorange = "reversed" },
            margin = new Margin { l = PlotlyText.MarginFor(data.Topics.Select(t => t.Label)), r = 20, t = 60, b = 50 },
        };
        return PlotlyFigure.Create([bar], layout, 900, Math.Max(300, 110 + 28 * data.Topics.Count));
    }

    private static ChartFigure Pie(TopicData data)
    {
        var pie = new Pie
        {
            labels = data.Topics.Select(t => PlotlyText.Escape(t.Label)).ToArray(),
            values = data.Topics.Select(t => t.Papers.Papers).ToArray(),
            text = data.Topics.Select(t => PlotlyText.TitleLines(t.Papers)).ToArray(),
            textinfo = "percent",
            hoverinfo = "label+value+percent+text",
            sort = false,
            direction = "clockwise",
            marker = new Marker { colors = data.Topics.Select((t, i) => t.IsOther ? Palette.Other : Palette.Color(i)).ToArray() },
        };
        var layout = new PlotLayout { title = data.Topics.Count == 0 ? "No papers" : Title, showlegend = true };
        return PlotlyFigure.Create([pie], layout, 900, 560);
    }

    private static ChartFigure Treemap(TopicData data)
    {
        const string root = "All papers";
        var ids = new List<string> { "all" };
        var labels = new List<string> { root };
        var parents = new List<string> { "" };
        var values = new List<int> { data.PaperCount };
        var hover = new List<string> { $"<b>{root}</b>: {PlotlyText.Papers(data.PaperCount)}" };

        foreach (var archive in data.Topics.GroupBy(Archive).OrderByDescending(g => g.Sum(t => t.Papers.Papers)).ThenBy(g => g.Key))
        {
            var (archiveId, archiveName) = (archive.Key, ArchiveNames.GetValueOrDefault(archive.Key, archive.Key));
            int papers = archive.Sum(t => t.Papers.Papers);
            bool nested = archiveId is not ("other" or "unknown");
            if (nested)
            {
                ids.Add("archive/" + archiveId);
                labels.Add(PlotlyText.Escape(archiveName));
                parents.Add("all");
                values.Add(papers);
                hover.Add($"<b>{PlotlyText.Escape(archiveName)}</b>: {PlotlyText.Papers(papers)}");
            }
            foreach (var topic in archive)
            {
                ids.Add("topic/" + topic.Category);
                labels.Add(PlotlyText.Escape(topic.Label));
                parents.Add(nested ? "archive/" + archiveId : "all");
                values.Add(topic.Papers.Papers);
                hover.Add(Hover(topic));
            }
        }
        var treemap = new TreemapTrace
        {
            Ids = ids.ToArray(), Labels = labels.ToArray(), Parents = parents.ToArray(), Values = values.ToArray(), HoverText = hover.ToArray(),
        };
        var layout = new PlotLayout
        {
            title = data.Topics.Count == 0 ? "No papers" : Title + ", by arXiv archive",
            margin = new Margin { l = 10, r = 10, t = 60, b = 10 },
        };
        return PlotlyFigure.Create([treemap], layout, 900, 600);
    }

    private static string Hover(TopicCount topic) =>
        PlotlyText.Hover($"<b>{PlotlyText.Escape(topic.Label)}</b>: {PlotlyText.Papers(topic.Papers.Papers)}", topic.Papers);

    /// <summary>The archive of a category (<c>cs</c> for cs.LG); <c>unknown</c> for a code that is not an arXiv category.</summary>
    private static string Archive(TopicCount topic)
    {
        if (topic.IsOther) return "other";
        int dot = topic.Category.IndexOf('.');
        return topic.Name is null || dot < 0 ? "unknown" : topic.Category[..dot];
    }

    private static readonly Dictionary<string, string> ArchiveNames = new(StringComparer.Ordinal)
    {
        ["cs"] = "Computer Science",
        ["stat"] = "Statistics",
        ["eess"] = "Electrical Engineering and Systems Science",
        ["math"] = "Mathematics",
        ["q-bio"] = "Quantitative Biology",
        ["q-fin"] = "Quantitative Finance",
        ["econ"] = "Economics",
        ["astro-ph"] = "Astrophysics",
        ["nlin"] = "Nonlinear Sciences",
    };
}
