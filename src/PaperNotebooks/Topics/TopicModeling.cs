using PaperNotebooks.Embeddings;
using PaperNotebooks.Model;

namespace PaperNotebooks.Topics;

/// <summary>
/// Finds the topics of papers. <see cref="TopicModelKind.Semantic"/>: sentence vectors of title and abstract
/// (all-MiniLM-L6-v2, cached on disk), spherical k-means, outliers left out of topics; <see cref="TopicModelKind.Nmf"/>:
/// NMF of the TF-IDF matrix of the words as written (<see cref="TermMatrix.Words"/>). Both label topics with
/// class-based TF-IDF terms of the label vocabulary (<see cref="TermMatrix.Build"/>) and their three most central titles.
/// Problems (no papers, one paper, no model) are one line in the result, never exceptions; cancellation is.
/// </summary>
public static class TopicModeling
{
    public const int MaxK = 100;

    /// <summary>Below this share of papers with an abstract, semantic topics fall back to nmf.</summary>
    private const double AbstractShare = 0.5;

    public static TopicModelResult Build(IReadOnlyList<Paper> papers, TopicOptions? options = null, IProgress<TopicProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(papers);
        options ??= new TopicOptions();
        int n = papers.Count;
        if (n == 0) return Problem("There are no papers to find topics in.");
        if (n == 1) return Problem("Topics need at least 2 papers; there is only 1.");
        if (options.K is { } given && (given < 2 || given > MaxK)) return Problem($"k must be between 2 and {MaxK}; got {given}.");

        var notes = new List<string>();
        int withAbstract = papers.Count(p => !string.IsNullOrWhiteSpace(p.Abstract));
        bool enoughAbstracts = withAbstract >= AbstractShare * n;
        var kind = options.Model ?? (enoughAbstracts ? TopicModelKind.Semantic : TopicModelKind.Nmf);
        if (kind == TopicModelKind.Semantic && !enoughAbstracts)
        {
            notes.Add($"Only {withAbstract:N0} of {n:N0} papers have an abstract, too few for semantic topics: using the nmf model instead.");
            kind = TopicModelKind.Nmf;
        }
        int? k = options.K;
        if (k > n)
        {
            notes.Add($"k = {k} is more than the {n:N0} papers: using k = {n}.");
            k = n;
        }

        var texts = papers.Select(p => TextEmbedder.TextOf(p.Title, p.Abstract)).ToArray();
        var counts = TermMatrix.Build(texts, cancellation);
        return kind == TopicModelKind.Semantic
            ? Semantic(papers, texts, counts, k, options, notes, progress, cancellation)
            : Lexical(papers, texts, counts, k, options, notes, progress, cancellation);
    }

    private static TopicModelResult Semantic(IReadOnlyList<Paper> papers, string[] texts, TermMatrix counts, int? k, TopicOptions options,
        List<string> notes, IProgress<TopicProgress>? progress, CancellationToken cancellation)
    {
        var encoder = options.Encoder;
        if (encoder is null)
        {
            var load = SentenceModel.LoadPackaged();
            if (load.Model is null) return Problem(load.Problem!);
            encoder = load.Model;
        }
        var embeddingProgress = progress is null ? null : new Progress(progress, "embedding");
        var run = new TextEmbedder(encoder, options.CacheRoot, options.UseCache).Embed(texts, embeddingProgress, cancellation);
        notes.AddRange(run.Warnings);
        var vectors = run.Vectors;

        // Clustered after smoothing each vector with its neighbours' (up to NeighbourSmoothing.MostPapers papers); the
        // outliers and central papers are judged on the vectors themselves.
        var clustered = NeighbourSmoothing.Smooth(vectors, cancellation) ?? vectors;
        string how;
        int topics;
        if (k is { } fixedK)
        {
            topics = fixedK;
            how = $"k = {topics} as asked.";
        }
        else
        {
            (topics, how) = TopicCount.Choose(papers.Count,
                kk => KMeans.Run(clustered, kk, options.Seed, starts: 1, maxIterations: 50, cancellation).Assignment,
                (a, b) => 1 - VectorMath.Dot(clustered.ReadRow(a), clustered.ReadRow(b)),
                progress, cancellation);
        }
        progress?.Report(new TopicProgress("clustering", 0, 1));
        var clustering = KMeans.Run(clustered, topics, options.Seed, cancellation: cancellation);
        var assignment = (int[])clustering.Assignment.Clone();
        var similarity = ReferenceEquals(clustered, vectors) ? clustering.Similarity : KMeans.SimilarityToCentres(vectors, clustering.Assignment, topics);
        int outliers = MarkOutliers(assignment, similarity, topics, options.OutlierDeviations);

        notes.Insert(0, $"semantic: spherical k-means (seed {options.Seed}) on {encoder.Name} vectors of title and abstract " +
                        $"(first {encoder.MaxTokens} word pieces)" +
                        (ReferenceEquals(clustered, vectors) ? "" : $", each averaged with its {NeighbourSmoothing.Neighbours} nearest neighbours'") +
                        $"; {run.FromCache:N0} of {papers.Count:N0} vectors from the cache.");
        notes.Insert(1, how);
        notes.Add($"{outliers:N0} outliers: papers whose similarity to their topic's centre is more than {options.OutlierDeviations} standard deviations below the topic's mean.");
        return Finish(TopicModelKind.Semantic, papers, counts, assignment, similarity, similarity, topics, notes, vectors, vectors.Values, vectors.Dimensions);
    }

    private static TopicModelResult Lexical(IReadOnlyList<Paper> papers, string[] texts, TermMatrix counts, int? k, TopicOptions options,
        List<string> notes, IProgress<TopicProgress>? progress, CancellationToken cancellation)
    {
        int n = papers.Count;
        var (x, _) = SparseRows.TfIdf(TermMatrix.Words(texts, cancellation), minPapers: n >= 10 ? 2 : 1, maxShare: n >= 10 ? 0.95 : 1.0);
        if (x.Columns < 2) return Problem("The papers have too few words in common to find topics in.");

        string how;
        int topics;
        if (k is { } fixedK)
        {
            topics = fixedK;
            how = $"k = {topics} as asked.";
        }
        else
        {
            // Each candidate k is factorised only until its papers' topics have settled (fifty rounds of coordinate
            // descent; the chosen k on 2,000 papers is the same as after a hundred), then the chosen one in full.
            (topics, how) = TopicCount.Choose(n,
                kk => Assign(Nmf.Run(x, kk, options.Seed, maxIterations: 50, cancellation).W).Assignment,
                (a, b) => 1 - x.Dot(a, b),
                progress, cancellation);
        }
        progress?.Report(new TopicProgress("factorising", 0, 1));
        var factors = Nmf.Run(x, topics, options.Seed, cancellation: cancellation);
        var (assignment, share, weight) = Assign(factors.W);
        int outliers = assignment.Count(t => t < 0);

        int kTerms = x.Columns;
        notes.Insert(0, $"nmf: NMF (coordinate descent from an NNDSVDa start, seed {options.Seed}) of the TF-IDF matrix of titles and abstracts ({n:N0} papers × {kTerms:N0} words).");
        notes.Insert(1, how);
        if (outliers > 0) notes.Add($"{outliers:N0} outliers: papers with none of the topics' words.");

        int kk2 = factors.W.GetLength(1);
        var mapRows = new float[n * kk2];
        for (int i = 0; i < n; i++)
        {
            double norm = 0;
            for (int t = 0; t < kk2; t++) norm += factors.W[i, t] * factors.W[i, t];
            norm = Math.Sqrt(norm);
            for (int t = 0; t < kk2; t++) mapRows[i * kk2 + t] = norm > 0 ? (float)(factors.W[i, t] / norm) : 0;
        }
        return Finish(TopicModelKind.Nmf, papers, counts, assignment, share, weight, topics, notes, null, mapRows, kk2);
    }

    /// <summary>Each row's largest weight: its topic, that weight's share of the row, and the weight.</summary>
    private static (int[] Assignment, float[] Share, float[] Weight) Assign(double[,] w)
    {
        int n = w.GetLength(0), k = w.GetLength(1);
        var assignment = new int[n];
        var share = new float[n];
        var weight = new float[n];
        for (int i = 0; i < n; i++)
        {
            int best = 0;
            double sum = 0;
            for (int t = 0; t < k; t++)
            {
                sum += w[i, t];
                if (w[i, t] > w[i, best]) best = t;
            }
            bool none = w[i, best] <= 1e-9;
            assignment[i] = none ? TopicModel.OutlierTopic : best;
            share[i] = none ? 0 : (float)(w[i, best] / sum);
            weight[i] = none ? 0 : (float)w[i, best];
        }
        return (assignment, share, weight);
    }

    private static int MarkOutliers(int[] assignment, float[] similarity, int k, double deviations)
    {
        var sum = new double[k];
        var squares = new double[k];
        var size = new int[k];
        for (int i = 0; i < assignment.Length; i++)
        {
            int c = assignment[i];
            sum[c] += similarity[i];
            squares[c] += similarity[i] * (double)similarity[i];
            size[c]++;
        }
        int outliers = 0;
        for (int i = 0; i < assignment.Length; i++)
        {
            int c = assignment[i];
            if (size[c] < 5) continue;
            double mean = sum[c] / size[c];
            double sd = Math.Sqrt(Math.Max(0, squares[c] / size[c] - mean * mean));
            if (similarity[i] < mean - deviations * sd)
            {
                assignment[i] = TopicModel.OutlierTopic;
                outliers++;
            }
        }
        return outliers;
    }

    // Topics renumbered by size (largest first, ties by first paper), labelled, with their central papers.
    private static TopicModelResult Finish(TopicModelKind kind, IReadOnlyList<Paper> papers, TermMatrix counts, int[] assignment, float[] fit,
        float[] centrality, int k, List<string> notes, EmbeddingMatrix? embeddings, float[] mapRows, int mapDimensions)
    {
        var size = new int[k];
        var firstPaper = Enumerable.Repeat(int.MaxValue, k).ToArray();
        for (int i = 0; i < assignment.Length; i++)
        {
            if (assignment[i] < 0) continue;
            size[assignment[i]]++;
            firstPaper[assignment[i]] = Math.Min(firstPaper[assignment[i]], i);
        }
        var order = Enumerable.Range(0, k).Where(t => size[t] > 0).OrderByDescending(t => size[t]).ThenBy(t => firstPaper[t]).ToArray();
        var renumber = Enumerable.Repeat(TopicModel.OutlierTopic, k).ToArray();
        for (int r = 0; r < order.Length; r++) renumber[order[r]] = r;
        var final = assignment.Select(t => t < 0 ? TopicModel.OutlierTopic : renumber[t]).ToArray();
        int topicCount = order.Length;
        if (topicCount < k) notes.Add($"{k - topicCount} of the {k} topics ended up empty.");

        var terms = TopicTerms.Top(counts, final, topicCount);
        var topics = new List<Topic>(topicCount);
        for (int t = 0; t < topicCount; t++)
        {
            var members = Enumerable.Range(0, final.Length).Where(i => final[i] == t).ToList();
            var central = members.OrderByDescending(i => centrality[i]).ThenBy(i => i).Take(3).Select(i => papers[i]).ToList();
            string label = terms[t].Length == 0 ? $"topic {t}" : string.Join(", ", terms[t].Take(3));
            topics.Add(new Topic(t, label, terms[t], members.Count, central));
        }
        return new TopicModelResult(new TopicModel(kind, papers, final, fit, topics, notes, embeddings, mapRows, mapDimensions), null);
    }

    private static TopicModelResult Problem(string why) => new(null, why);

    private sealed class Progress(IProgress<TopicProgress> inner, string step) : IProgress<EmbeddingProgress>
    {
        public void Report(EmbeddingProgress value) => inner.Report(new TopicProgress(step, value.Done, value.Total));
    }
}
