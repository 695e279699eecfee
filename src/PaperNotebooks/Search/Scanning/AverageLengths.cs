using PaperNotebooks.Model;

namespace PaperNotebooks.Search.Scanning;

/// <summary>
/// The average length in words of each text field of a collection, as BM25 reads it from the index (every word, summed,
/// over the number of papers). Counted over every paper up to <see cref="Sample"/> papers, else over that many evenly
/// spread, which puts a million papers' average within a fraction of a percent for a fraction of a second. Kept by the
/// collection, counted once per field, on first use.
/// </summary>
internal sealed class AverageLengths(PaperCollection papers)
{
    public const int Sample = 8_000;

    private readonly float?[] _averages = new float?[ScanField.TextFields];
    private readonly Lock _lock = new();

    public static AverageLengths Of(PaperCollection papers) => papers.Derived(p => new AverageLengths(p));

    /// <summary>True when the averages are those of every paper, as the index's.</summary>
    public bool Exact => papers.Count <= Sample;

    public float Of(TextField field)
    {
        lock (_lock)
        {
            if (_averages[(int)field] is { } known) return known;
        }
        float average = Count(field);
        lock (_lock) _averages[(int)field] = average;
        return average;
    }

    private float Count(TextField field)
    {
        int count = papers.Count, sampled = Math.Min(count, Sample);
        if (count == 0) return 1f;
        var query = new FieldQueryWords(field);
        long words = 0;
        Parallel.For(0, sampled, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => (Words: new FieldWords(query), Sum: 0L),
            (i, _, local) =>
            {
                local.Words.Read(papers[(int)((long)i * count / sampled)]);
                local.Sum += local.Words.Length;
                return local;
            },
            local => Interlocked.Add(ref words, local.Sum));
        // Lucene: the sum of term frequencies over the number of documents; 1 for a field no paper has words in.
        return words <= 0 ? 1f : (float)(words / (double)sampled);
    }
}
