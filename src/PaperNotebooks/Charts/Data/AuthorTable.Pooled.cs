using PaperNotebooks.Analytics;
using PaperNotebooks.Model;
using PaperNotebooks.Text;

namespace PaperNotebooks.Charts.Data;

/// <summary>
/// The count of papers whose author lists are all held as numbers in name pools (<see cref="PooledNames"/>, as a
/// listing reader keeps them): every name of the pools is looked up once, its person found by key, and then each
/// paper is counted with arrays indexed by number, in parts on all cores. The table equals the one of the count by
/// name (the same people, spellings, papers and first titles), which it replaces for loaded listings. The few lists
/// held as strings among them (papers from another source, merged copies) get numbers in a pool of the count's own.
/// </summary>
internal sealed partial class AuthorTable
{
    private static AuthorTable? CountPooled(IReadOnlyList<Paper> papers, int titlesPerAuthor)
    {
        // The pools of the papers' names, each with where its numbers start in one numbering of them all.
        var starts = new Dictionary<NamePool, int>(ReferenceEqualityComparer.Instance);
        var pools = new List<NamePool>();
        var asStrings = new Dictionary<int, PooledNames>();
        NamePool? own = null;
        int names = 0;
        for (int row = 0; row < papers.Count; row++)
        {
            var authors = papers[row].Authors;
            if (!TryPooled(authors, out var list))
            {
                // Most lists held as strings, or more names than a pool holds: the count by name is as fast.
                if (asStrings.Count > papers.Count / 10 || (own ??= new NamePool()).ShareNumbered(authors) is not PooledNames numbered) return null;
                asStrings[row] = list = numbered;
            }
            if (list is null || list.Pool == own || starts.ContainsKey(list.Pool)) continue;
            starts[list.Pool] = names;
            pools.Add(list.Pool);
            names += list.Pool.Count;
        }
        if (own is not null)
        {
            // Numbered last: it grew until now.
            starts[own] = names;
            pools.Add(own);
            names += own.Count;
        }

        // Every name to the person it is, by key (case, accents and spacing ignored), persons numbered as met.
        var keyOf = new int[names];
        var keys = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        char[] buffer = new char[64];
        int at = 0;
        foreach (var pool in pools)
        {
            for (int number = 0; number < pool.Count; number++, at++)
            {
                ref int person = ref AuthorTallies.ByKey(keys, pool[number], ref buffer, out bool exists);
                if (!exists) person = keys.Count - 1;
                keyOf[at] = person;
            }
        }

        var parts = InParts.Run(papers.Count, papers.Count >= InPartsFrom ? Environment.ProcessorCount : 1,
            (start, end) => PooledPart.Count(papers, start, end, asStrings, starts, keyOf, keys.Count, names, titlesPerAuthor));
        var all = parts[0];
        for (int part = 1; part < parts.Length; part++) all.Add(parts[part]);
        return all.ToTable(pools, keyOf, keys, titlesPerAuthor);
    }

    /// <summary>True when <paramref name="authors"/> is held as numbers (<paramref name="list"/>) or is empty (null).</summary>
    private static bool TryPooled(IReadOnlyList<string> authors, out PooledNames? list)
    {
        list = (authors as ValueList<string>)?.Items as PooledNames ?? authors as PooledNames;
        return list is not null || authors.Count == 0;
    }

    /// <summary>The counts of one part of the papers, by person (the key's number) and by name number.</summary>
    private sealed class PooledPart
    {
        private readonly int[] _papers, _titlesKept;
        /// <summary>Where each person is first met: the row, then the place in the paper's list.</summary>
        private readonly long[] _firstMet;
        private readonly string?[] _titles;
        private readonly int[] _namePapers, _nameFirstRow;
        private readonly int _titlesPerAuthor;

        private PooledPart(int people, int names, int titlesPerAuthor)
        {
            _titlesPerAuthor = titlesPerAuthor;
            _papers = new int[people];
            _firstMet = new long[people];
            Array.Fill(_firstMet, long.MaxValue);
            _titles = new string?[people * titlesPerAuthor];
            _titlesKept = new int[people];
            _namePapers = new int[names];
            _nameFirstRow = new int[names];
            Array.Fill(_nameFirstRow, int.MaxValue);
        }

        public static PooledPart Count(IReadOnlyList<Paper> papers, int start, int end, Dictionary<int, PooledNames> asStrings, Dictionary<NamePool, int> starts,
            int[] keyOf, int people, int names, int titlesPerAuthor)
        {
            var part = new PooledPart(people, names, titlesPerAuthor);
            Span<int> onPaper = stackalloc int[16];
            NamePool? lastPool = null;
            int offset = 0;
            for (int row = start; row < end; row++)
            {
                var paper = papers[row];
                if (!TryPooled(paper.Authors, out var list)) list = asStrings[row];
                if (list is null) continue;
                if (!ReferenceEquals(list.Pool, lastPool)) (lastPool, offset) = (list.Pool, starts[list.Pool]);
                var numbers = list.Numbers;
                var seen = numbers.Length <= onPaper.Length ? onPaper : new int[numbers.Length];
                int count = 0;
                for (int place = 0; place < numbers.Length; place++)
                {
                    int name = offset + numbers[place], person = keyOf[name];
                    // A paper counts once for a person it lists twice, for the spelling met first.
                    if (seen[..count].Contains(person)) continue;
                    seen[count++] = person;
                    part.Add(person, name, row, ((long)row << 32) | (uint)place, paper.Title);
                }
            }
            return part;
        }

        private void Add(int person, int name, int row, long met, string title)
        {
            _papers[person]++;
            if (_firstMet[person] == long.MaxValue) _firstMet[person] = met;
            if (_titlesKept[person] < _titlesPerAuthor) _titles[person * _titlesPerAuthor + _titlesKept[person]++] = title;
            _namePapers[name]++;
            if (_nameFirstRow[name] == int.MaxValue) _nameFirstRow[name] = row;
        }

        /// <summary>Adds the counts of the papers after this part's.</summary>
        public void Add(PooledPart later)
        {
            for (int person = 0; person < _papers.Length; person++)
            {
                if (later._papers[person] == 0) continue;
                _papers[person] += later._papers[person];
                _firstMet[person] = Math.Min(_firstMet[person], later._firstMet[person]);
                for (int k = 0; k < later._titlesKept[person] && _titlesKept[person] < _titlesPerAuthor; k++)
                    _titles[person * _titlesPerAuthor + _titlesKept[person]++] = later._titles[person * _titlesPerAuthor + k];
            }
            for (int name = 0; name < _namePapers.Length; name++)
            {
                _namePapers[name] += later._namePapers[name];
                _nameFirstRow[name] = Math.Min(_nameFirstRow[name], later._nameFirstRow[name]);
            }
        }

        /// <summary>The table: people numbered in the order a pass over the papers meets them, each with their spellings
        /// in the order they were first met; <paramref name="keys"/> becomes the table's map from key to person.</summary>
        public AuthorTable ToTable(List<NamePool> pools, int[] keyOf, Dictionary<string, int> keys, int titlesPerAuthor)
        {
            int people = _papers.Length;
            var spellings = new string[keyOf.Length];
            int at = 0;
            foreach (var pool in pools)
                for (int number = 0; number < pool.Count; number++) spellings[at++] = pool[number];

            // The names of each person, grouped by a counting sort on the person, each group by first appearance.
            var firstName = new int[people + 1];
            foreach (int person in keyOf) firstName[person + 1]++;
            for (int person = 0; person < people; person++) firstName[person + 1] += firstName[person];
            var namesOf = new int[keyOf.Length];
            var filled = (int[])firstName.Clone();
            for (int name = 0; name < keyOf.Length; name++) namesOf[filled[keyOf[name]]++] = name;

            // People with papers, in the order they are first met.
            var counted = new int[people];
            var firstMet = new long[people];
            int kept = 0;
            for (int person = 0; person < people; person++)
            {
                if (_papers[person] == 0) continue;
                (counted[kept], firstMet[kept]) = (person, _firstMet[person]);
                kept++;
            }
            Array.Sort(firstMet, counted, 0, kept);
            var renumbered = new int[people];
            Array.Fill(renumbered, -1);
            var tallies = new AuthorTally[Math.Max(kept, 1)];
            var titles = new string?[kept * titlesPerAuthor];
            for (int mine = 0; mine < kept; mine++)
            {
                int person = counted[mine];
                renumbered[person] = mine;
                var names = namesOf.AsSpan(firstName[person], firstName[person + 1] - firstName[person]);
                for (int i = 1; i < names.Length; i++)
                {
                    int name = names[i], j = i - 1;
                    for (; j >= 0 && _nameFirstRow[names[j]] > _nameFirstRow[name]; j--) names[j + 1] = names[j];
                    names[j + 1] = name;
                }
                foreach (int name in names)
                {
                    if (_namePapers[name] == 0) continue;
                    if (tallies[mine].FirstSpelling is null) tallies[mine] = new AuthorTally(spellings[name]);
                    tallies[mine].Add(spellings[name], _namePapers[name]);
                }
                Array.Copy(_titles, person * titlesPerAuthor, titles, mine * titlesPerAuthor, _titlesKept[person]);
            }
            foreach (var (key, person) in keys)
            {
                if (renumbered[person] < 0) keys.Remove(key);
                else System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(keys, key) = renumbered[person];
            }
            return new AuthorTable(titlesPerAuthor, new AuthorTallies(keys, tallies, kept), titles);
        }
    }
}
