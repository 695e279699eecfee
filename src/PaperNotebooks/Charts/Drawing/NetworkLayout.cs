using PaperNotebooks.Charts.Data;

namespace PaperNotebooks.Charts.Drawing;

/// <summary>
/// Node positions for a network, the same on every run (no random numbers). Each group of connected authors is laid
/// out on its own with Fruchterman–Reingold forces, starting from a circle in rank order, for a fixed number of
/// steps; heavier edges pull harder. The groups, largest first, are then packed in centred rows, so authors without
/// co-authors in the network line up at the bottom instead of crowding the main group. Positions end within [-1, 1].
/// </summary>
internal static class NetworkLayout
{
    public static (double X, double Y)[] Compute(int nodes, IReadOnlyList<CoauthorEdge> edges)
    {
        if (nodes == 0) return [];
        var position = new (double X, double Y)[nodes];
        var groups = Components(nodes, edges).Select(members => Spring(members, edges)).ToList();

        // Shelf packing: each group in a square cell sized by its radius, rows about as wide as the whole is tall.
        const double padding = 0.8;
        double rowLimit = Math.Max(groups.Max(g => g.Cell(padding)), Math.Sqrt(groups.Sum(g => g.Cell(padding) * g.Cell(padding))) * 1.2);
        var rows = new List<List<Group>> { new() };
        double width = 0;
        foreach (var group in groups)
        {
            if (width + group.Cell(padding) > rowLimit && rows[^1].Count > 0)
            {
                rows.Add([]);
                width = 0;
            }
            rows[^1].Add(group);
            width += group.Cell(padding);
        }
        double top = 0;
        foreach (var row in rows)
        {
            double rowWidth = row.Sum(g => g.Cell(padding)), rowHeight = row.Max(g => g.Cell(padding));
            double left = (rowLimit - rowWidth) / 2;
            foreach (var group in row)
            {
                double cx = left + group.Cell(padding) / 2, cy = -(top + rowHeight / 2);
                for (int i = 0; i < group.Members.Length; i++)
                    position[group.Members[i]] = (cx + group.X[i], cy + group.Y[i]);
                left += group.Cell(padding);
            }
            top += rowHeight;
        }
        return Normalize(position);
    }

    private sealed record Group(int[] Members, double[] X, double[] Y, double Radius)
    {
        public double Cell(double padding) => 2 * Radius + padding;
    }

    /// <summary>Connected groups of nodes, largest first, ties by their first node; members in node order.</summary>
    private static List<int[]> Components(int nodes, IReadOnlyList<CoauthorEdge> edges)
    {
        var parent = Enumerable.Range(0, nodes).ToArray();
        int Root(int n)
        {
            while (parent[n] != n) n = parent[n] = parent[parent[n]];
            return n;
        }
        foreach (var edge in edges)
        {
            int a = Root(edge.Source), b = Root(edge.Target);
            if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
        }
        return Enumerable.Range(0, nodes).GroupBy(Root)
            .Select(g => g.ToArray())
            .OrderByDescending(g => g.Length).ThenBy(g => g[0])
            .ToList();
    }

    /// <summary>Fruchterman–Reingold within one group, scaled so bigger groups get more room per node.</summary>
    private static Group Spring(int[] members, IReadOnlyList<CoauthorEdge> edges)
    {
        int n = members.Length;
        if (n == 1) return new Group(members, [0], [0], 0);

        var local = new Dictionary<int, int>(n);
        for (int i = 0; i < n; i++) local[members[i]] = i;
        var links = edges.Where(e => local.ContainsKey(e.Source))
            .Select(e => (A: local[e.Source], B: local[e.Target], Pull: 1 + Math.Log(e.JointPapers.Papers)))
            .ToArray();

        var x = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            double angle = Math.PI / 2 - 2 * Math.PI * i / n;
            x[i] = Math.Cos(angle);
            y[i] = Math.Sin(angle);
        }
        double k = Math.Sqrt(4.0 / n);
        // The pair loop is quadratic: fewer steps for big groups keeps the time bounded.
        int steps = Math.Clamp(20_000_000 / (n * n), 40, 300);
        var dx = new double[n];
        var dy = new double[n];
        for (int step = 0; step < steps; step++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            for (int i = 0; i < n; i++)
            {
                for (int j = i + 1; j < n; j++)
                {
                    var (ux, uy, d) = Between(x, y, i, j);
                    double push = k * k / d;
                    dx[i] += ux * push; dy[i] += uy * push;
                    dx[j] -= ux * push; dy[j] -= uy * push;
                }
            }
            foreach (var (a, b, strength) in links)
            {
                var (ux, uy, d) = Between(x, y, a, b);
                double pull = d * d / k * strength;
                dx[a] -= ux * pull; dy[a] -= uy * pull;
                dx[b] += ux * pull; dy[b] += uy * pull;
            }
            double temperature = 0.1 * (1 - (double)step / steps) + 0.001;
            for (int i = 0; i < n; i++)
            {
                double length = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (length < 1e-12) continue;
                double move = Math.Min(length, temperature);
                x[i] += dx[i] / length * move;
                y[i] += dy[i] / length * move;
            }
        }

        double cx = x.Average(), cy = y.Average();
        double extent = Math.Max(Enumerable.Range(0, n).Max(i => Math.Sqrt((x[i] - cx) * (x[i] - cx) + (y[i] - cy) * (y[i] - cy))), 1e-9);
        double radius = 0.35 * Math.Pow(n, 0.75);
        for (int i = 0; i < n; i++)
        {
            x[i] = (x[i] - cx) / extent * radius;
            y[i] = (y[i] - cy) / extent * radius;
        }
        return new Group(members, x, y, radius);
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

    private static (double X, double Y)[] Normalize((double X, double Y)[] position)
    {
        double minX = position.Min(p => p.X), maxX = position.Max(p => p.X);
        double minY = position.Min(p => p.Y), maxY = position.Max(p => p.Y);
        double cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
        double scale = Math.Max(Math.Max(maxX - cx, maxY - cy), 1e-9);
        return position.Select(p => (Math.Round((p.X - cx) / scale, 6), Math.Round((p.Y - cy) / scale, 6))).ToArray();
    }
}
