using PaperNotebooks.Charts.Data;

namespace PaperNotebooks.Charts.Drawing;

/// <summary>
/// Node positions for a network: Fruchterman–Reingold forces from a circle in rank order, a fixed number of steps,
/// no random numbers, so a network is drawn the same on every run. Heavier edges pull harder; a weak pull to the
/// centre keeps authors without co-authors in view. Positions end up within [-1, 1] on both axes.
/// </summary>
internal static class NetworkLayout
{
    public static (double X, double Y)[] Compute(int nodes, IReadOnlyList<CoauthorEdge> edges)
    {
        if (nodes == 0) return [];
        if (nodes == 1) return [(0, 0)];

        var x = new double[nodes];
        var y = new double[nodes];
        for (int i = 0; i < nodes; i++)
        {
            double angle = Math.PI / 2 - 2 * Math.PI * i / nodes;
            x[i] = Math.Cos(angle);
            y[i] = Math.Sin(angle);
        }

        double k = Math.Sqrt(4.0 / nodes);
        // The pair loop is quadratic: fewer steps for big networks keeps the time bounded.
        int steps = Math.Clamp(20_000_000 / (nodes * nodes), 40, 300);
        var dx = new double[nodes];
        var dy = new double[nodes];
        for (int step = 0; step < steps; step++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            for (int i = 0; i < nodes; i++)
            {
                for (int j = i + 1; j < nodes; j++)
                {
                    var (ux, uy, d) = Between(x, y, i, j);
                    double push = k * k / d;
                    dx[i] += ux * push; dy[i] += uy * push;
                    dx[j] -= ux * push; dy[j] -= uy * push;
                }
            }
            foreach (var edge in edges)
            {
                var (ux, uy, d) = Between(x, y, edge.Source, edge.Target);
                double pull = d * d / k * (1 + Math.Log(edge.JointPapers.Papers));
                dx[edge.Source] -= ux * pull; dy[edge.Source] -= uy * pull;
                dx[edge.Target] += ux * pull; dy[edge.Target] += uy * pull;
            }
            double temperature = 0.1 * (1 - (double)step / steps) + 0.001;
            for (int i = 0; i < nodes; i++)
            {
                dx[i] -= x[i] * k * 0.5;
                dy[i] -= y[i] * k * 0.5;
                double length = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (length < 1e-12) continue;
                double move = Math.Min(length, temperature);
                x[i] += dx[i] / length * move;
                y[i] += dy[i] / length * move;
            }
        }
        return Normalize(x, y);
    }

    /// <summary>The unit vector from j to i and the distance; coincident nodes are told apart by their indices.</summary>
    private static (double Ux, double Uy, double D) Between(double[] x, double[] y, int i, int j)
    {
        double ex = x[i] - x[j], ey = y[i] - y[j];
        double d = Math.Sqrt(ex * ex + ey * ey);
        if (d < 1e-9)
        {
            double angle = (i * 7 + j * 13) % 360 * Math.PI / 180;
            return (Math.Cos(angle), Math.Sin(angle), 1e-3);
        }
        return (ex / d, ey / d, Math.Max(d, 1e-3));
    }

    private static (double X, double Y)[] Normalize(double[] x, double[] y)
    {
        double cx = (x.Max() + x.Min()) / 2, cy = (y.Max() + y.Min()) / 2;
        double scale = Math.Max(Math.Max(x.Max() - cx, y.Max() - cy), 1e-9);
        return x.Select((_, i) => (Math.Round((x[i] - cx) / scale, 6), Math.Round((y[i] - cy) / scale, 6))).ToArray();
    }
}
