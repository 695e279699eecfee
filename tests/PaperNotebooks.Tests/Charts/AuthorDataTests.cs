using PaperNotebooks.Charts.Data;
using PaperNotebooks.Charts.Drawing;

namespace PaperNotebooks.Tests.Charts;

public sealed class AuthorDataTests
{
    [Fact]
    public void Top_authors_of_the_seed_merge_spellings_that_differ_only_in_accents()
    {
        var ranking = AuthorRanking.Compute(ChartPapers.Seed, top: 5);

        Assert.Equal(
            [("Masahiro Tanaka", 8), ("Sam Ade Jacobs", 4), ("Jinghan Yao", 2), ("Olatunji Ruwase", 2), ("Xinyu Lian", 2)],
            ranking.Authors.Select(a => (a.Name, a.Papers.Papers)));
        Assert.Equal(39, ranking.AuthorCount);
        Assert.Contains(ranking.Authors[1].Papers.Titles, t => t.StartsWith("MAC-Attention", StringComparison.Ordinal));
    }

    [Fact]
    public void An_author_is_shown_with_the_most_common_spelling_and_counted_once_per_paper()
    {
        var papers = new[]
        {
            ChartPapers.Paper("a", "A", new DateOnly(2024, 1, 1), "cs.LG", "Zoë Müller", "Ann Lee"),
            ChartPapers.Paper("b", "B", new DateOnly(2024, 2, 1), "cs.LG", "Zoe Muller", "zoë müller"),
            ChartPapers.Paper("c", "C", new DateOnly(2024, 3, 1), "cs.LG", "Zoë Müller"),
        };

        var top = AuthorRanking.Compute(papers, top: 1).Authors[0];

        Assert.Equal(new RankedAuthor("Zoë Müller", top.Papers), top);
        Assert.Equal(3, top.Papers.Papers);
    }

    [Fact]
    public void The_coauthor_network_of_the_seed_weighs_each_pair_by_joint_papers()
    {
        var network = AuthorNetwork.Compute(ChartPapers.Seed, top: 5);

        Assert.Equal(["Masahiro Tanaka", "Sam Ade Jacobs", "Jinghan Yao", "Olatunji Ruwase", "Xinyu Lian"], network.Nodes.Select(n => n.Name));
        Assert.Equal([8, 4, 2, 2, 2], network.Nodes.Select(n => n.Papers.Papers));
        // Ulysses and FPDT; FPDT and MAC-Attention (written "Sam Adé Jacobs").
        Assert.Equal(2, network.JointPapers("Masahiro Tanaka", "Sam Ade Jacobs"));
        Assert.Equal(2, network.JointPapers("Sam Adé Jacobs", "Jinghan Yao"));
        Assert.Equal(1, network.JointPapers("Masahiro Tanaka", "Jinghan Yao"));
        Assert.Equal(1, network.JointPapers("Olatunji Ruwase", "Xinyu Lian"));
        Assert.Equal(0, network.JointPapers("Jinghan Yao", "Olatunji Ruwase"));
        Assert.Equal(
            [(0, 1, 2), (1, 2, 2), (0, 2, 1), (0, 3, 1), (0, 4, 1), (1, 4, 1), (3, 4, 1)],
            network.Edges.Select(e => (e.Source, e.Target, e.JointPapers.Papers)));
    }

    [Fact]
    public void A_joint_edge_keeps_the_titles_of_the_joint_papers()
    {
        var network = AuthorNetwork.Compute(ChartPapers.Seed, top: 2);

        var edge = Assert.Single(network.Edges);

        Assert.Equal(2, edge.JointPapers.Papers);
        Assert.Collection(edge.JointPapers.Titles,
            t => Assert.StartsWith("DeepSpeed Ulysses", t),
            t => Assert.StartsWith("Training Ultra Long Context", t));
    }

    [Fact]
    public void The_network_layout_is_the_same_on_every_run_and_fits_the_unit_square()
    {
        var network = AuthorNetwork.Compute(ChartPapers.Seed, top: 30);

        var first = NetworkLayout.Compute(network.Nodes.Count, network.Edges);
        var second = NetworkLayout.Compute(network.Nodes.Count, network.Edges);

        Assert.Equal(first, second);
        Assert.All(first, p => Assert.InRange(Math.Abs(p.X), 0, 1));
        Assert.All(first, p => Assert.InRange(Math.Abs(p.Y), 0, 1));
        Assert.Equal(first.Length, first.Distinct().Count());
    }
}
