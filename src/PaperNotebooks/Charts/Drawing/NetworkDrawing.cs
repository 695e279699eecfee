using PaperNotebooks.Charts.Figures;
using PaperNotebooks.Charts.Data;
using XPlot.Plotly;
using PlotLayout = XPlot.Plotly.Layout.Layout;

namespace PaperNotebooks.Charts.Drawing;

/// <summary>
/// A co-authorship network from scatter traces: one line trace per band of edge weight (so line width shows joint
/// papers), invisible markers at edge midpoints to hover, and one marker trace for the authors.
/// </summary>
internal static class NetworkDrawing
{
    /// <summary>Names are written next to this many of the top nodes; the rest show theirs on hover.</summary>
    private const int LabelledNodes = 15;

    private static readonly (int Min, int Max)[] Bands = [(1, 1), (2, 3), (4, 7), (8, 15), (16, int.MaxValue)];

    public static ChartFigure Draw(AuthorNetwork network)
    {
        var position = NetworkLayout.Compute(network.Nodes.Count, network.Edges);
        var traces = new List<Trace>();

        for (int band = 0; band < Bands.Length; band++)
        {
            var edges = network.Edges.Where(e => BandOf(e.JointPapers.Papers) == band).ToArray();
            if (edges.Length == 0) continue;
            traces.Add(new Scatter
            {
                name = BandName(Bands[band]),
                mode = "lines",
                x = edges.SelectMany(e => new double?[] { position[e.Source].X, position[e.Target].X, null }).ToArray(),
                y = edges.SelectMany(e => new double?[] { position[e.Source].Y, position[e.Target].Y, null }).ToArray(),
                line = new Line { color = Palette.Edge, width = 1 + 2 * band },
                hoverinfo = "skip",
            });
        }
        if (network.Edges.Count > 0)
        {
            traces.Add(new HoverScatter
            {
                name = "Joint papers",
                showlegend = false,
                mode = "markers",
                x = network.Edges.Select(e => (position[e.Source].X + position[e.Target].X) / 2).ToArray(),
                y = network.Edges.Select(e => (position[e.Source].Y + position[e.Target].Y) / 2).ToArray(),
                marker = new Marker { size = 10, color = "rgba(0,0,0,0)" },
                hoverinfo = "text",
                HoverText = network.Edges.Select(e => EdgeHover(network, e)).ToArray(),
            });
        }

        int most = network.Nodes.Select(n => n.Papers.Papers).DefaultIfEmpty(1).Max();
        var coauthors = new int[network.Nodes.Count];
        foreach (var edge in network.Edges)
        {
            coauthors[edge.Source]++;
            coauthors[edge.Target]++;
        }
        traces.Add(new HoverScatter
        {
            name = "Authors",
            showlegend = false,
            mode = "markers+text",
            x = position.Select(p => p.X).ToArray(),
            y = position.Select(p => p.Y).ToArray(),
            text = network.Nodes.Select((n, i) => i < LabelledNodes ? PlotlyText.Escape(n.Name) : "").ToArray(),
            textposition = "top center",
            marker = new Marker
            {
                size = network.Nodes.Select(n => Math.Round(10 + 26 * Math.Sqrt((double)n.Papers.Papers / most), 1)).ToArray(),
                color = Palette.Accent,
                line = new Line { color = "#ffffff", width = 1 },
            },
            hoverinfo = "text",
            HoverText = network.Nodes.Select((n, i) => PlotlyText.Hover(
                $"<b>{PlotlyText.Escape(n.Name)}</b>: {PlotlyText.Papers(n.Papers.Papers)}, {coauthors[i]} co-author{(coauthors[i] == 1 ? "" : "s")} here",
                n.Papers)).ToArray(),
        });

        var hidden = new Xaxis { showgrid = false, zeroline = false, showticklabels = false, range = new[] { -1.2, 1.2 } };
        var layout = new PlotLayout
        {
            title = network.Nodes.Count == 0 ? "No authors" : $"Co-authors among the top {network.Nodes.Count} authors<br><sub>node size: papers; line width: joint papers</sub>",
            showlegend = network.Edges.Count > 0,
            hovermode = "closest",
            xaxis = hidden,
            yaxis = new Yaxis { showgrid = false, zeroline = false, showticklabels = false, range = new[] { -1.2, 1.25 } },
            legend = new Legend { orientation = "h", x = 0, y = -0.02 },
            margin = new Margin { l = 20, r = 20, t = 80, b = 40 },
        };
        return PlotlyFigure.Create(traces, layout, 900, 720);
    }

    private static int BandOf(int jointPapers) => Array.FindIndex(Bands, b => jointPapers >= b.Min && jointPapers <= b.Max);

    private static string BandName((int Min, int Max) band) =>
        band.Min == band.Max ? $"{band.Min} joint paper{(band.Min == 1 ? "" : "s")}"
        : band.Max == int.MaxValue ? $"{band.Min}+ joint papers"
        : $"{band.Min}–{band.Max} joint papers";

    private static string EdgeHover(AuthorNetwork network, CoauthorEdge edge) =>
        PlotlyText.Hover(
            $"<b>{PlotlyText.Escape(network.Nodes[edge.Source].Name)} – {PlotlyText.Escape(network.Nodes[edge.Target].Name)}</b>: " +
            $"{edge.JointPapers.Papers} joint paper{(edge.JointPapers.Papers == 1 ? "" : "s")}",
            edge.JointPapers);
}
