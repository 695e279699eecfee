using System.Runtime.CompilerServices;

using PaperNotebooks.Analytics;
using PaperNotebooks.Model;
using PaperNotebooks.Text;

namespace PaperNotebooks.Charts.Data;

/// <summary>
/// The count of papers whose author lists are all held as numbers in name pools (<see cref="PooledNames"/>, as a
/// listing reader keeps them): the names of the pools are grouped into people once (<see cref="PeopleOfNames"/>), and
/// then each paper is counted with arrays indexed by number, in parts on all cores. The table equals the one of the count by
/// name (the same people, spellings, papers and first titles), which it replaces for loaded listings. The few lists
/// held as strings among them (papers from another source, merged copies) get numbers in a pool of the count's own.
/// </summary>
internal sealed partial class AuthorTable
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static AuthorTable? CountPooled(IReadOnlyList<Paper> papers, int titlesPerAuthor)
    {
        if (titlesPerAuthor > PooledPart.MostTitles) return null;
        // The pools of the papers' names, each with where its numbers start in one numbering of them all, in the order
        // the papers first show them; and the lists held as strings, given numbers in a pool of the count's own.
        var found = InParts.Run(papers.Count, papers.Count >= InPartsFrom ? Environment.ProcessorCount : 1, (start, end) => PoolsOf(papers, start, end));
        var starts = new Dictionary<NamePool, int>(ReferenceEqualityComparer.Instance);
        var pools = new List<NamePool>();
        var asStrings = new Dictionary<int, PooledNames>();
        NamePool? own = null;
        int names = 0;
        // Most lists held as strings: the count by name is as fast.
        if (found.Sum(part => part.AsStrings.Count) > papers.Count / 10) return null;
        foreach (var (partPools, partStrings) in found)
        {
            foreach (var pool in partPools)
            {
                if (!starts.TryAdd(pool, names)) continue;
                pools.Add(pool);
                names += pool.Count;
            }
            foreach (int row in partStrings)
            {
                // More names than a pool holds: the count by name.
                if ((own ??= new NamePool()).ShareNumbered(papers[row].Authors) is not PooledNames numbered) return null;
                asStrings[row] = numbered;
            }
        }
        if (own is not null)
        {
            // Numbered last: it grew until now.
            starts[own] = names;
            pools.Add(own);
            names += own.Count;
        }

        var spellings = new string[names];
        var hashes = new uint[names];
        int at = 0;
        foreach (var pool in pools)
        {
            for (int number = 0; number < pool.Count; number++, at++) (spellings[at], hashes[at]) = (pool[number], pool.KeyHashOf(number));
        }
        var people = new NamedPeople(PeopleOfNames.Group(spellings, hashes, out int counted), counted);
        var parts = InParts.Run(papers.Count, papers.Count >= InPartsFrom ? Environment.ProcessorCount : 1,
            (start, end) => PooledPart.Count(papers, start, end, asStrings, starts, people.PersonOf, people.Count, names, titlesPerAuthor));
        var all = parts[0];
        for (int part = 1; part < parts.Length; part++) all.Add(parts[part]);
        return all.ToTable(papers, spellings, people, titlesPerAuthor);
    }

    /// <summary>The person of each name (<see cref="PersonOf"/>, numbered as the names are), by key.</summary>
    private readonly record struct NamedPeople(int[] PersonOf, int Count);

    /// <summary>The pools of some papers' author lists, in the order the papers first show them, and the papers whose
    /// lists are held as strings (the scan stops early when they are more than a tenth of all the papers).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (List<NamePool> Pools, List<int> AsStrings) PoolsOf(IReadOnlyList<Paper> papers, int start, int end)
    {
        var pools = new List<NamePool>();
        var asStrings = new List<int>();
        NamePool? last = null;
        for (int row = start; row < end; row++)
        {
            if (!TryPooled(papers[row].Authors, out var list))
            {
                asStrings.Add(row);
                if (asStrings.Count > papers.Count / 10) break;
                continue;
            }
            // A reader's papers come one after the other, each block's names in a pool: most papers share the last one's.
            if (list is null || list.Pool == last) continue;
            last = list.Pool;
            if (!pools.Contains(last)) pools.Add(last);
        }
        return (pools, asStrings);
    }

    /// <summary>True when <paramref name="authors"/> is held as numbers (<paramref name="list"/>) or is empty (null).</summary>
    private static bool TryPooled(IReadOnlyList<string> authors, out PooledNames? list)
    {
        list = (authors as ValueList<string>)?.Items as PooledNames ?? authors as PooledNames;
        return list is not null || authors.Count == 0;
    }

    /// <summary>The counts of one part of the papers, by person (the key's number) and by name number. What a paper
    /// adds for an author sits in one struct per person and one per name (the first titles as rows, not strings): a
    /// million papers touch people and names all over arrays larger than the caches, so the count costs about one
    /// cache miss a struct, and storing rows needs no write barrier.</summary>
    private sealed class PooledPart
    {
        /// <summary>The most first titles a person keeps in the pooled count; more go to the count by name.</summary>
        public const int MostTitles = 5;

        [System.Runtime.CompilerServices.InlineArray(MostTitles)]
        private struct TitleRows
        {
            private int _row;
        }

        private struct PersonCount
        {
            public int Papers, TitlesKept;
            /// <summary>Where the person is first met: the row, then the place in the paper's list.</summary>
            public long FirstMet;
            public TitleRows Titles;
        }

        private struct NameCount
        {
            public int Papers, FirstRow;
        }

        private readonly PersonCount[] _people;
        private readonly NameCount[] _names;
        private readonly int _titlesPerAuthor;

        private PooledPart(int people, int names, int titlesPerAuthor)
        {
            _titlesPerAuthor = titlesPerAuthor;
            _people = new PersonCount[people];
            _names = new NameCount[names];
            for (int person = 0; person < people; person++) _people[person].FirstMet = long.MaxValue;
            for (int name = 0; name < names; name++) _names[name].FirstRow = int.MaxValue;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                    part.Add(person, name, row, ((long)row << 32) | (uint)place);
                }
            }
            return part;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Add(int person, int name, int row, long met)
        {
            ref var counted = ref _people[person];
            counted.Papers++;
            if (counted.FirstMet == long.MaxValue) counted.FirstMet = met;
            if (counted.TitlesKept < _titlesPerAuthor) counted.Titles[counted.TitlesKept++] = row;
            ref var spelled = ref _names[name];
            spelled.Papers++;
            if (spelled.FirstRow == int.MaxValue) spelled.FirstRow = row;
        }

        /// <summary>Adds the counts of the papers after this part's.</summary>
        public void Add(PooledPart later)
        {
            for (int person = 0; person < _people.Length; person++)
            {
                ref var theirs = ref later._people[person];
                if (theirs.Papers == 0) continue;
                ref var mine = ref _people[person];
                mine.Papers += theirs.Papers;
                mine.FirstMet = Math.Min(mine.FirstMet, theirs.FirstMet);
                for (int k = 0; k < theirs.TitlesKept && mine.TitlesKept < _titlesPerAuthor; k++) mine.Titles[mine.TitlesKept++] = theirs.Titles[k];
            }
            for (int name = 0; name < _names.Length; name++)
            {
                _names[name].Papers += later._names[name].Papers;
                _names[name].FirstRow = Math.Min(_names[name].FirstRow, later._names[name].FirstRow);
            }
        }

        /// <summary>The table: people numbered in the order a pass over the papers meets them, each with their spellings
        /// in the order they were first met; <paramref name="named"/>'s keys become the table's map from key to person.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public AuthorTable ToTable(IReadOnlyList<Paper> papers, string[] spellings, NamedPeople named, int titlesPerAuthor)
        {
            int people = _people.Length;
            var keyOf = named.PersonOf;

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
                if (_people[person].Papers == 0) continue;
                (counted[kept], firstMet[kept]) = (person, _people[person].FirstMet);
                kept++;
            }
            Array.Sort(firstMet, counted, 0, kept);
            var renumbered = new int[people];
            Array.Fill(renumbered, -1);
            var tallies = new AuthorTally[Math.Max(kept, 1)];
            // A loaded collection, which does not change, keeps rows; other lists, the titles themselves.
            var collection = papers as PaperCollection;
            var titles = collection is null ? new string?[kept * titlesPerAuthor] : null;
            var titleRows = collection is null ? null : new int[kept * titlesPerAuthor];
            for (int mine = 0; mine < kept; mine++)
            {
                int person = counted[mine];
                renumbered[person] = mine;
                var names = namesOf.AsSpan(firstName[person], firstName[person + 1] - firstName[person]);
                for (int i = 1; i < names.Length; i++)
                {
                    int name = names[i], j = i - 1;
                    for (; j >= 0 && _names[names[j]].FirstRow > _names[name].FirstRow; j--) names[j + 1] = names[j];
                    names[j + 1] = name;
                }
                foreach (int name in names)
                {
                    if (_names[name].Papers == 0) continue;
                    if (tallies[mine].FirstSpelling is null) tallies[mine] = new AuthorTally(spellings[name]);
                    tallies[mine].Add(spellings[name], _names[name].Papers);
                }
                for (int k = 0; k < _people[person].TitlesKept; k++)
                {
                    int row = _people[person].Titles[k];
                    if (titleRows is not null) titleRows[mine * titlesPerAuthor + k] = row + 1;
                    else titles![mine * titlesPerAuthor + k] = papers[row].Title;
                }
            }
            // The map from key to person, made if a person is looked up by name: of the names of people with papers.
            var byPerson = new AuthorTallies(() =>
            {
                var counted = new int[keyOf.Length];
                for (int name = 0; name < counted.Length; name++) counted[name] = renumbered[keyOf[name]];
                return PersonKeys.Of(spellings, counted);
            }, tallies, kept);
            return titleRows is not null ? new AuthorTable(titlesPerAuthor, byPerson, collection!, titleRows) : new AuthorTable(titlesPerAuthor, byPerson, titles);
        }
    }
}
