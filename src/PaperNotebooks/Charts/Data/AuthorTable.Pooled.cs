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
        NamedPeople people;
        using (var keyHashes = new ScratchArray<uint>(names))
        {
            var hashes = keyHashes.Span;
            int at = 0;
            foreach (var pool in pools)
            {
                for (int number = 0; number < pool.Count; number++, at++) (spellings[at], hashes[at]) = (pool[number], pool.KeyHashOf(number));
            }
            people = new NamedPeople(PeopleOfNames.Group(spellings, hashes, out int counted), counted);
        }
        var parts = InParts.Run(papers.Count, papers.Count >= InPartsFrom ? Environment.ProcessorCount : 1,
            (start, end) => PooledPart.Count(papers, start, end, asStrings, starts, people.PersonOf, people.Count, names));
        try
        {
            for (int part = 1; part < parts.Length; part++) parts[0].Add(parts[part]);
            return parts[0].ToTable(papers, spellings, people, titlesPerAuthor);
        }
        finally
        {
            foreach (var part in parts) part.Dispose();
        }
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
    /// cache miss a struct, and storing rows needs no write barrier. The arrays are scratch memory outside the managed
    /// heap (<see cref="ScratchArray{T}"/>), zero where nothing is counted yet: dispose the part once it is added up.</summary>
    private sealed class PooledPart : IDisposable
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
            public int Papers;
            /// <summary>The place in its paper's list where the person is first met; that paper is the first of
            /// <see cref="Rows"/>.</summary>
            public int FirstPlace;
            /// <summary>The rows of the person's first papers, as many as <see cref="Papers"/> up to <see cref="MostTitles"/>.</summary>
            public TitleRows Rows;

            public readonly long FirstMet => ((long)Rows[0] << 32) | (uint)FirstPlace;
        }

        private struct NameCount
        {
            /// <summary>The papers counted for the name; <see cref="FirstRow"/> means something once there is one.</summary>
            public int Papers, FirstRow;
        }

        private readonly ScratchArray<PersonCount> _people;
        private readonly ScratchArray<NameCount> _names;

        private PooledPart(int people, int names)
        {
            _people = new ScratchArray<PersonCount>(people);
            _names = new ScratchArray<NameCount>(names);
        }

        public void Dispose()
        {
            _people.Dispose();
            _names.Dispose();
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static PooledPart Count(IReadOnlyList<Paper> papers, int start, int end, Dictionary<int, PooledNames> asStrings, Dictionary<NamePool, int> starts,
            int[] keyOf, int people, int names)
        {
            var part = new PooledPart(people, names);
            var byPerson = part._people.Span;
            var byName = part._names.Span;
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
                    ref var counted = ref byPerson[person];
                    if (counted.Papers < MostTitles)
                    {
                        if (counted.Papers == 0) counted.FirstPlace = place;
                        counted.Rows[counted.Papers] = row;
                    }
                    counted.Papers++;
                    ref var spelled = ref byName[name];
                    if (spelled.Papers++ == 0) spelled.FirstRow = row;
                }
            }
            return part;
        }

        /// <summary>Adds the counts of the papers after this part's.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(PooledPart later)
        {
            var mine = _people.Span;
            var theirs = later._people.Span;
            for (int person = 0; person < mine.Length; person++)
            {
                ref var their = ref theirs[person];
                if (their.Papers == 0) continue;
                ref var my = ref mine[person];
                if (my.Papers == 0)
                {
                    my = their;
                    continue;
                }
                for (int k = 0, kept = my.Papers; k < their.Papers && kept < MostTitles; k++, kept++) my.Rows[kept] = their.Rows[k];
                my.Papers += their.Papers;
            }
            var myNames = _names.Span;
            var theirNames = later._names.Span;
            for (int name = 0; name < myNames.Length; name++)
            {
                if (theirNames[name].Papers == 0) continue;
                if (myNames[name].Papers == 0) myNames[name].FirstRow = theirNames[name].FirstRow;
                myNames[name].Papers += theirNames[name].Papers;
            }
        }

        /// <summary>The table: people numbered in the order a pass over the papers meets them, each with their spellings
        /// in the order they were first met; <paramref name="named"/>'s keys become the table's map from key to person.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public AuthorTable ToTable(IReadOnlyList<Paper> papers, string[] spellings, NamedPeople named, int titlesPerAuthor)
        {
            var byPerson = _people.Span;
            var byName = _names.Span;
            int people = byPerson.Length;
            var keyOf = named.PersonOf;

            // The names of each person, grouped by a counting sort on the person, each group by first appearance.
            using var firstNameOf = new ScratchArray<int>(people + 1);
            using var namesOfPeople = new ScratchArray<int>(keyOf.Length);
            using var filledTo = new ScratchArray<int>(people + 1);
            Span<int> firstName = firstNameOf.Span, namesOf = namesOfPeople.Span, filled = filledTo.Span;
            foreach (int person in keyOf) firstName[person + 1]++;
            for (int person = 0; person < people; person++) firstName[person + 1] += firstName[person];
            firstName.CopyTo(filled);
            for (int name = 0; name < keyOf.Length; name++) namesOf[filled[keyOf[name]]++] = name;

            // People with papers, in the order they are first met.
            using var countedPeople = new ScratchArray<int>(people);
            using var firstMetOf = new ScratchArray<long>(people);
            Span<int> counted = countedPeople.Span;
            Span<long> firstMet = firstMetOf.Span;
            int kept = 0;
            for (int person = 0; person < people; person++)
            {
                if (byPerson[person].Papers == 0) continue;
                (counted[kept], firstMet[kept]) = (person, byPerson[person].FirstMet);
                kept++;
            }
            firstMet[..kept].Sort(counted[..kept]);
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
                var names = namesOf.Slice(firstName[person], firstName[person + 1] - firstName[person]);
                for (int i = 1; i < names.Length; i++)
                {
                    int name = names[i], j = i - 1;
                    for (; j >= 0 && FirstRow(byName, names[j]) > FirstRow(byName, name); j--) names[j + 1] = names[j];
                    names[j + 1] = name;
                }
                foreach (int name in names)
                {
                    if (byName[name].Papers == 0) continue;
                    if (tallies[mine].FirstSpelling is null) tallies[mine] = new AuthorTally(spellings[name]);
                    tallies[mine].Add(spellings[name], byName[name].Papers);
                }
                for (int k = 0; k < Math.Min(byPerson[person].Papers, titlesPerAuthor); k++)
                {
                    int row = byPerson[person].Rows[k];
                    if (titleRows is not null) titleRows[mine * titlesPerAuthor + k] = row + 1;
                    else titles![mine * titlesPerAuthor + k] = papers[row].Title;
                }
            }
            // The map from key to person, made if a person is looked up by name: of the names of people with papers.
            var byPersonKey = new AuthorTallies(() =>
            {
                var counted = new int[keyOf.Length];
                for (int name = 0; name < counted.Length; name++) counted[name] = renumbered[keyOf[name]];
                return PersonKeys.Of(spellings, counted);
            }, tallies, kept);
            return titleRows is not null ? new AuthorTable(titlesPerAuthor, byPersonKey, collection!, titleRows) : new AuthorTable(titlesPerAuthor, byPersonKey, titles);
        }

        /// <summary>Where a name was first counted; names never counted last.</summary>
        private static int FirstRow(Span<NameCount> names, int name) => names[name].Papers == 0 ? int.MaxValue : names[name].FirstRow;
    }
}
