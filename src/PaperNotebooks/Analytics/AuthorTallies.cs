namespace PaperNotebooks.Analytics;

/// <summary>
/// Papers per person, a person being a name up to <see cref="AuthorIdentity"/> (case, accents and spacing ignored).
/// A paper counts once for each person on it, even when it lists them twice (<c>Sam Ade Jacobs, Sam Adé Jacobs</c>).
/// The one tally behind both the statistics and the author charts.
/// </summary>
internal sealed class AuthorTallies
{
    /// <summary>The person of each key: made at once for a count that meets names one by one, and when first asked for
    /// by a table counted elsewhere (most tables are only ranked).</summary>
    private readonly Lazy<PersonKeys> _byKey = new(new PersonKeys());

    /// <summary>The person of each name as written (ordinal, no key to work out): most names come again exactly as they
    /// were written, and an ordinal look-up costs a fraction of folding accents and spacing and hashing ignoring case.
    /// Kept to a few entries per person. Dropped when most look-ups miss a person already known (every spelling
    /// different), where it would only cost.</summary>
    private Dictionary<string, int>? _bySpelling = new(StringComparer.Ordinal);
    private int _spellingHits, _spellingMisses; // misses: a person known already, by another spelling
    private AuthorTally[] _tallies = new AuthorTally[256];
    private int _people;
    private readonly List<int> _onPaper = [];

    public int People => _people;

    public AuthorTallies() { }

    /// <summary>Tallies counted elsewhere (<see cref="Charts.Data.AuthorTable"/>'s count by number): the first
    /// <paramref name="people"/> of <paramref name="tallies"/>, found by the keys <paramref name="byKey"/> makes when a
    /// person is first looked up.</summary>
    public AuthorTallies(Func<PersonKeys> byKey, AuthorTally[] tallies, int people)
    {
        (_byKey, _tallies, _people) = (new(byKey), tallies, people);
        _bySpelling = null;
    }

    public ref readonly AuthorTally this[int person] => ref _tallies[person];

    /// <summary>Counts one paper for each person among <paramref name="authors"/>; returns those people, each once,
    /// in the order of the list (valid until the next call).</summary>
    public IReadOnlyList<int> AddPaper(IReadOnlyList<string> authors)
    {
        _onPaper.Clear();
        foreach (string name in authors)
        {
            int person = Intern(name);
            if (_onPaper.Contains(person)) continue;
            _onPaper.Add(person);
            _tallies[person].Add(name, 1);
        }
        return _onPaper;
    }

    /// <summary>Adds the counts of <paramref name="other"/> (made from the papers after these) to these; returns, for
    /// each person of <paramref name="other"/>, the same person here.</summary>
    public int[] Merge(AuthorTallies other)
    {
        var people = new int[other._people];
        for (int theirs = 0; theirs < people.Length; theirs++)
        {
            int mine = people[theirs] = Intern(other._tallies[theirs].FirstSpelling);
            _tallies[mine].Merge(other._tallies[theirs]);
        }
        return people;
    }

    /// <summary>The person with this name, or -1.</summary>
    public int Find(string name) => _byKey.Value.Find(name);

    /// <summary>The people with most papers, ties broken by the displayed name.</summary>
    public int[] Top(int count)
    {
        count = Math.Clamp(count, 0, _people);
        if (count == 0) return [];
        // The fewest papers among the top: only the people with at least as many are ordered (names only on a tie), not
        // the hundreds of thousands of a large listing.
        var fewest = new PriorityQueue<int, int>(count);
        for (int person = 0; person < _people; person++)
        {
            int papers = _tallies[person].Papers;
            if (fewest.Count < count) fewest.Enqueue(papers, papers);
            else if (papers > fewest.Peek()) fewest.EnqueueDequeue(papers, papers);
        }
        int least = fewest.Peek();
        var candidates = new List<int>(count);
        for (int person = 0; person < _people; person++)
        {
            if (_tallies[person].Papers >= least) candidates.Add(person);
        }
        return candidates
            .OrderByDescending(i => _tallies[i].Papers).ThenBy(i => _tallies[i].DisplayName, StringComparer.Ordinal)
            .Take(count).ToArray();
    }

    private int Intern(string name)
    {
        if (_bySpelling is null) return InternByKey(name);
        if (_bySpelling.TryGetValue(name, out int known))
        {
            _spellingHits++;
            return known;
        }
        int people = _people;
        int found = InternByKey(name);
        // A person seen before under another spelling of the name.
        if (found < people && ++_spellingMisses >= 4096 && _spellingMisses > _spellingHits)
        {
            _bySpelling = null;
            return found;
        }
        if (_bySpelling.Count < 4 * _people + 1024) _bySpelling[name] = found;
        return found;
    }

    private int InternByKey(string name)
    {
        ref int person = ref _byKey.Value.GetOrAdd(name, ref _keyBuffer, out bool exists);
        if (!exists)
        {
            person = _people;
            if (_people == _tallies.Length) Array.Resize(ref _tallies, _people * 2);
            _tallies[_people++] = new AuthorTally(name);
        }
        return person;
    }

    private char[] _keyBuffer = new char[64];
}
