using PaperNotebooks.Embeddings;
using PaperNotebooks.Model;

namespace PaperNotebooks.Topics;

/// <summary>
/// Topics of a set of papers: each paper's topic (<see cref="OutlierTopic"/> for papers that fit none well, kept
/// visible rather than forced into a topic), each topic's label, terms, size and central papers, and how the model
/// was made (<see cref="Notes"/>: the model, how k was chosen, a fallback). Topics are numbered by size, largest first.
/// </summary>
public sealed class TopicModel
{
    /// <summary>The topic number of outliers.</summary>
    public const int OutlierTopic = -1;

    /// <summary>The label of outliers.</summary>
    public const string OutlierLabel = "(outliers)";

    private readonly int[] _assignment;
    private readonly float[] _strength;
    private readonly float[] _mapRows;
    private readonly int _mapDimensions;
    private (float X, float Y)[]? _map;

    internal TopicModel(TopicModelKind kind, IReadOnlyList<Paper> papers, int[] assignment, float[] strength,
        IReadOnlyList<Topic> topics, IReadOnlyList<string> notes, EmbeddingMatrix? embeddings, float[] mapRows, int mapDimensions)
    {
        Kind = kind;
        Papers = papers;
        _assignment = assignment;
        _strength = strength;
        Topics = topics;
        Notes = notes;
        Embeddings = embeddings;
        _mapRows = mapRows;
        _mapDimensions = mapDimensions;
    }

    public TopicModelKind Kind { get; }

    /// <summary>The number of topics (outliers not counted).</summary>
    public int K => Topics.Count;

    /// <summary>The papers, in the order they were given.</summary>
    public IReadOnlyList<Paper> Papers { get; }

    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>Each paper's topic, in the papers' order.</summary>
    public IReadOnlyList<int> Assignments => _assignment;

    /// <summary>How the model was made, one line each: the model and its input, how k was chosen, a fallback.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The papers' sentence vectors (semantic model only).</summary>
    public EmbeddingMatrix? Embeddings { get; }

    /// <summary>How many papers are outliers.</summary>
    public int OutlierCount => _assignment.Count(t => t == OutlierTopic);

    /// <summary>The topic of the paper at this position.</summary>
    public int TopicOf(int paper) => _assignment[paper];

    /// <summary>How well the paper at this position fits its topic: cosine similarity to the topic's centre
    /// (semantic) or its share of the paper's topic weights (nmf).</summary>
    public float FitOf(int paper) => _strength[paper];

    /// <summary>A topic's label; <see cref="OutlierLabel"/> for <see cref="OutlierTopic"/>.</summary>
    public string LabelOf(int topic) => topic == OutlierTopic ? OutlierLabel : Topics[topic].Label;

    /// <summary>The papers of a topic, in the papers' order.</summary>
    public IEnumerable<Paper> PapersOf(int topic)
    {
        for (int i = 0; i < _assignment.Length; i++)
            if (_assignment[i] == topic) yield return Papers[i];
    }

    /// <summary>A 2-D position for each paper (the first two principal components of its vector), for a map.</summary>
    public IReadOnlyList<(float X, float Y)> Map() =>
        _map ??= Projection.TwoDimensions(_mapRows, Papers.Count, _mapDimensions);

    /// <summary>Papers per topic and year, for topics over time: rows are topics (outliers last), columns years.</summary>
    public (IReadOnlyList<int> Years, int[,] Counts) ByYear()
    {
        var years = Papers.Select(p => p.Published.Year).Distinct().Order().ToArray();
        var column = years.Select((y, i) => (y, i)).ToDictionary(e => e.y, e => e.i);
        var counts = new int[K + 1, years.Length];
        for (int i = 0; i < Papers.Count; i++)
        {
            int row = _assignment[i] == OutlierTopic ? K : _assignment[i];
            counts[row, column[Papers[i].Published.Year]]++;
        }
        return (years, counts);
    }

    /// <summary>The authors with most papers in a topic, most first (ties by name).</summary>
    public IReadOnlyList<(string Author, int Papers)> TopAuthors(int topic, int top = 5) =>
        PapersOf(topic)
            .SelectMany(p => p.Authors.Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(a => a, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Author: g.First(), Papers: g.Count()))
            .OrderByDescending(e => e.Papers)
            .ThenBy(e => e.Author, StringComparer.Ordinal)
            .Take(top)
            .ToList();

    public override string ToString() => $"{K} {Kind.ToString().ToLowerInvariant()} topics of {Papers.Count} papers, {OutlierCount} outliers";
}
