namespace PaperNotebooks.Analytics;

/// <summary>One person's paper count, and which spelling of the name is most common. A struct, kept in one array by
/// <see cref="AuthorTallies"/> (hundreds of thousands of people in a large listing): change it through a reference.</summary>
internal struct AuthorTally(string firstSpelling)
{
    private Dictionary<string, int>? _spellings;
    private int _firstSpellingCount;

    public string FirstSpelling { get; } = firstSpelling;
    public int Papers { get; private set; }

    public void Add(string spelling, int papers)
    {
        Papers += papers;
        if (spelling == FirstSpelling)
        {
            _firstSpellingCount += papers;
            return;
        }
        _spellings ??= new Dictionary<string, int>(StringComparer.Ordinal);
        _spellings[spelling] = _spellings.GetValueOrDefault(spelling) + papers;
    }

    public void Merge(in AuthorTally other)
    {
        Add(other.FirstSpelling, other._firstSpellingCount);
        if (other._spellings is null) return;
        foreach (var (spelling, papers) in other._spellings) Add(spelling, papers);
    }

    /// <summary>The most common spelling; on a tie, the one with more non-ASCII letters (accents kept).</summary>
    public readonly string DisplayName
    {
        get
        {
            if (_spellings is null) return FirstSpelling;
            var best = (Name: FirstSpelling, Count: _firstSpellingCount);
            foreach (var (spelling, count) in _spellings)
            {
                if (count > best.Count || (count == best.Count && NonAscii(spelling) > NonAscii(best.Name))) best = (spelling, count);
            }
            return best.Name;
        }
    }

    private static int NonAscii(string text) => text.Count(c => c > 0x7F);
}
