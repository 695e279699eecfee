namespace PaperNotebooks.Charts.Data;

/// <summary>Counts papers and keeps the first titles, so hover text stays short however many papers there are.</summary>
internal sealed class TitleSample(int capacity)
{
    private List<string>? _titles;

    public int Papers { get; private set; }

    public void Add(string title)
    {
        Papers++;
        if (capacity <= 0) return;
        _titles ??= new List<string>(Math.Min(capacity, 4));
        if (_titles.Count < capacity) _titles.Add(title);
    }

    /// <summary>Adds <paramref name="later"/>'s papers, and its titles while there is room.</summary>
    public void Add(TitleSample later)
    {
        Papers += later.Papers;
        if (capacity <= 0 || later._titles is null) return;
        _titles ??= new List<string>(Math.Min(capacity, 4));
        foreach (string title in later._titles)
        {
            if (_titles.Count == capacity) break;
            _titles.Add(title);
        }
    }

    public IReadOnlyList<string> Titles => _titles is null ? [] : _titles.ToArray();

    public PaperGroup ToGroup() => Papers == 0 ? PaperGroup.Empty : new PaperGroup(Papers, Titles);

    /// <summary>One group of all the samples' papers, with the first titles of the first samples.</summary>
    public static PaperGroup Merge(IEnumerable<TitleSample> samples, int titles)
    {
        int papers = 0;
        var kept = new List<string>(titles);
        foreach (var sample in samples)
        {
            papers += sample.Papers;
            if (kept.Count < titles) kept.AddRange(sample.Titles.Take(titles - kept.Count));
        }
        return papers == 0 ? PaperGroup.Empty : new PaperGroup(papers, kept);
    }
}
