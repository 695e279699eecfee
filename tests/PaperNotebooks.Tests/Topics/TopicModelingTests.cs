using PaperNotebooks.Embeddings;
using PaperNotebooks.Model;
using PaperNotebooks.Topics;

namespace PaperNotebooks.Tests.Topics;

public sealed class TopicModelingTests : IDisposable
{
    private readonly string _cache = Path.Combine(Path.GetTempPath(), $"pn-topics-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_cache)) Directory.Delete(_cache, recursive: true);
    }

    private TopicOptions Options(TopicModelKind? kind, int? k = 3) => new() { Model = kind, K = k, CacheRoot = _cache };

    [Fact]
    public void Semantic_topics_separate_three_distinct_subjects()
    {
        var result = TopicModeling.Build(TopicPapers.Make(), Options(TopicModelKind.Semantic));
        var model = Assert.IsType<TopicModel>(result.Model);
        Assert.Equal(TopicModelKind.Semantic, model.Kind);
        Assert.Equal(3, model.K);
        Assert.True(ClusterAgreement.NormalizedMutualInformation(TopicPapers.Subjects, model.Assignments) > 0.8,
            string.Join(" ", model.Assignments));
        Assert.NotNull(model.Embeddings);
        Assert.All(model.Topics, t => Assert.Equal(3, t.Central.Count));
    }

    [Fact]
    public void The_same_papers_and_seed_give_the_same_topics_and_another_seed_may_differ_only_by_chance()
    {
        var first = TopicModeling.Build(TopicPapers.Make(), Options(TopicModelKind.Semantic)).Model!;
        var second = TopicModeling.Build(TopicPapers.Make(), Options(TopicModelKind.Semantic)).Model!;
        Assert.Equal(first.Assignments, second.Assignments);
        Assert.Equal(first.Topics.Select(t => t.Label), second.Topics.Select(t => t.Label));

        var nmfFirst = TopicModeling.Build(TopicPapers.Make(), Options(TopicModelKind.Nmf)).Model!;
        var nmfSecond = TopicModeling.Build(TopicPapers.Make(), Options(TopicModelKind.Nmf)).Model!;
        Assert.Equal(nmfFirst.Assignments, nmfSecond.Assignments);
    }

    [Fact]
    public void Nmf_topics_are_labelled_by_the_words_that_set_each_topic_apart()
    {
        var model = TopicModeling.Build(TopicPapers.Make(), Options(TopicModelKind.Nmf)).Model!;
        double nmi = ClusterAgreement.NormalizedMutualInformation(TopicPapers.Subjects, model.Assignments);
        Assert.True(nmi > 0.35, $"{nmi}: {string.Join(" ", model.Assignments)}");
        var labels = string.Join(" | ", model.Topics.Select(t => t.Label));
        Assert.Contains(model.Topics, t => t.Terms.Contains("galaxies") || t.Terms.Contains("galaxy"));
        Assert.Contains(model.Topics, t => t.Terms.Contains("compiler"));
        Assert.DoesNotContain("the", model.Topics.SelectMany(t => t.Terms));
        Assert.Equal(model.Papers.Count, model.Topics.Sum(t => t.Size) + model.OutlierCount);
        Assert.True(model.Topics.Zip(model.Topics.Skip(1)).All(p => p.First.Size >= p.Second.Size), labels);
    }

    [Fact]
    public void Papers_without_abstracts_fall_back_to_nmf_with_one_clear_line()
    {
        var result = TopicModeling.Build(TopicPapers.Make(withAbstracts: false), Options(TopicModelKind.Semantic));
        var model = result.Model!;
        Assert.Equal(TopicModelKind.Nmf, model.Kind);
        var line = Assert.Single(model.Notes, n => n.StartsWith("Only", StringComparison.Ordinal));
        Assert.Equal("Only 0 of 15 papers have an abstract, too few for semantic topics: using the nmf model instead.", line);
    }

    [Fact]
    public void No_paper_or_one_paper_is_a_clear_message_not_an_exception()
    {
        Assert.Equal("There are no papers to find topics in.", TopicModeling.Build([], Options(null)).Problem);
        Assert.Equal("Topics need at least 2 papers; there is only 1.", TopicModeling.Build(TopicPapers.Make()[..1], Options(null)).Problem);
        Assert.Equal("k must be between 2 and 100; got 1.", TopicModeling.Build(TopicPapers.Make(), Options(null, k: 1)).Problem);
    }

    [Fact]
    public void A_k_larger_than_the_papers_is_cut_to_their_number_and_said()
    {
        var model = TopicModeling.Build(TopicPapers.Make()[..4], Options(TopicModelKind.Nmf, k: 9)).Model!;
        Assert.Contains("k = 9 is more than the 4 papers: using k = 4.", model.Notes);
        Assert.True(model.K <= 4);
    }

    [Fact]
    public void Auto_k_says_how_it_chose()
    {
        var model = TopicModeling.Build(TopicPapers.Make(), Options(TopicModelKind.Nmf, k: null)).Model!;
        Assert.Contains(model.Notes, n => n.StartsWith($"k = {model.K} chosen automatically: the best mean silhouette", StringComparison.Ordinal));
    }

    [Fact]
    public void A_model_that_cannot_be_loaded_is_the_problem_of_the_result()
    {
        Directory.CreateDirectory(_cache);
        string onnx = Path.Combine(_cache, "broken.onnx");
        string vocab = Path.Combine(_cache, "vocab.txt");
        File.WriteAllBytes(onnx, [1, 2, 3]);
        File.WriteAllLines(vocab, ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]);
        var load = SentenceModel.LoadFiles(onnx, vocab);
        Assert.Null(load.Model);
        Assert.StartsWith("The embedding model could not be loaded:", load.Problem);
    }

    [Fact]
    public void Normalized_mutual_information_is_one_for_the_same_partition_and_near_zero_for_independent_ones()
    {
        Assert.Equal(1, ClusterAgreement.NormalizedMutualInformation(new[] { 0, 0, 1, 1 }, new[] { "b", "b", "a", "a" }), 6);
        Assert.Equal(0, ClusterAgreement.NormalizedMutualInformation(new[] { 0, 1, 0, 1 }, new[] { 0, 0, 1, 1 }), 6);
    }

    [Fact]
    public void The_2D_map_and_topics_over_time_cover_every_paper()
    {
        var model = TopicModeling.Build(TopicPapers.Make(), Options(TopicModelKind.Nmf)).Model!;
        Assert.Equal(15, model.Map().Count);
        var (years, counts) = model.ByYear();
        Assert.Equal([2020, 2021, 2022], years);
        int total = 0;
        foreach (int c in counts) total += c;
        Assert.Equal(15, total);
        Assert.Equal(("Shared Author", model.Topics[0].Size), model.TopAuthors(0, 1)[0]);
    }
}
