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
        SpelledPeople people;
        using (var keyHashes = new ScratchArray<uint>(names))
        {
            var hashes = keyHashes.Span;
            int at = 0;
            foreach (var pool in pools)
            {
                for (int number = 0; number < pool.Count; number++, at++) (spellings[at], hashes[at]) = (pool[number], pool.KeyHashOf(number));
            }
            people = SpelledPeople.Of(PeopleOfNames.Group(spellings, hashes, out int counted), counted, spellings);
        }
        var parts = InParts.Run(papers.Count, papers.Count >= InPartsFrom ? Environment.ProcessorCount : 1,
            (start, end) => PooledPart.Count(papers, start, end, asStrings, starts, people, titlesPerAuthor));
        try
        {
            return PooledPart.ToTable(parts, papers, spellings, people, titlesPerAuthor);
        }
        finally
        {
            foreach (var part in parts) part.Dispose();
        }
    }

    /// <summary>The person of each name, numbered as the names are, with whether the person is written more than one
    /// way: <see cref="KeyOf"/> holds both, the person shifted left one place, the lowest bit set for a person of
    /// several spellings (a count then tells the spellings apart; most people are written one way, and their
    /// spelling's papers are theirs).</summary>
    private readonly record struct SpelledPeople(int[] KeyOf, int Count)
    {
        /// <summary>The people of <paramref name="personOf"/> (<see cref="PeopleOfNames.Group"/>), which becomes the
        /// keys; a person's names are in several pools, mostly written alike.</summary>
        public static SpelledPeople Of(int[] personOf, int people, string[] spellings)
        {
            using var firstNames = new ScratchArray<int>(people); // plus one
            using var writtenApart = new ScratchArray<bool>(people);
            var first = firstNames.Span;
            var apart = writtenApart.Span;
            for (int name = 0; name < personOf.Length; name++)
            {
                int person = personOf[name];
                if (first[person] == 0) first[person] = name + 1;
                else if (!apart[person] && !string.Equals(spellings[name], spellings[first[person] - 1])) apart[person] = true;
            }
            for (int name = 0; name < personOf.Length; name++)
            {
                int person = personOf[name];
                personOf[name] = (person << 1) | (apart[person] ? 1 : 0);
            }
            return new SpelledPeople(personOf, people);
        }

        public static int PersonOf(int key) => key >>> 1;

        public static bool SpelledApart(int key) => (key & 1) != 0;
    }

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
        list = authors as PooledNames;
        return list is not null || authors.Count == 0;
    }

    /// <summary>The count of one part of the papers: each person's papers, in an array indexed by person that mostly
    /// stays near the cores (2.4 MB for a million papers' 593,000 people); for people written more than one way, each
    /// spelling's papers, indexed by name; and, noted down in the order of the papers, each person's first papers (as many
    /// as titles are kept, at least the one that places them in the table) as the name and the row, and those spellings
    /// as they are first met. At a million papers seven names in ten only add one to a person's number; the notes are
    /// written one after the other. The memory is scratch memory outside the managed heap (<see cref="ScratchArray{T}"/>,
    /// <see cref="ScratchList{T}"/>): dispose the part once it is read.</summary>
    private sealed class PooledPart : IDisposable
    {
        /// <summary>The most first titles a person keeps in the pooled count; more go to the count by name.</summary>
        public const int MostTitles = 5;

        /// <summary>A paper listing a person: the name it lists them by and its row.</summary>
        private readonly record struct Listed(int Name, int Row);

        private readonly ScratchArray<int> _papers, _papersOfSpelling;
        private readonly ScratchList<Listed> _firstPapers;
        /// <summary>The names of people written more than one way, in the order the part first meets them.</summary>
        private readonly ScratchList<int> _spellingsMet;

        private PooledPart(int people, int names, int papers)
        {
            _papers = new ScratchArray<int>(people);
            _papersOfSpelling = new ScratchArray<int>(names);
            _firstPapers = new ScratchList<Listed>(Math.Min(papers, people));
            _spellingsMet = new ScratchList<int>(papers / 64);
        }

        public void Dispose()
        {
            _papers.Dispose();
            _papersOfSpelling.Dispose();
            _firstPapers.Dispose();
            _spellingsMet.Dispose();
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static PooledPart Count(IReadOnlyList<Paper> papers, int start, int end, Dictionary<int, PooledNames> asStrings, Dictionary<NamePool, int> starts,
            SpelledPeople people, int titlesPerAuthor)
        {
            var part = new PooledPart(people.Count, people.KeyOf.Length, end - start);
            var papersOf = part._papers.Span;
            var papersOfSpelling = part._papersOfSpelling.Span;
            var keyOf = people.KeyOf;
            int firstPapers = Math.Max(1, titlesPerAuthor);
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
                    int name = offset + numbers[place], key = keyOf[name], person = SpelledPeople.PersonOf(key);
                    // A paper counts once for a person it lists twice, for the spelling met first.
                    if (Seen(seen, count, person)) continue;
                    seen[count++] = person;
                    if (papersOf[person]++ < firstPapers) part._firstPapers.Add(new(name, row));
                    if (SpelledPeople.SpelledApart(key) && papersOfSpelling[name]++ == 0) part._spellingsMet.Add(name);
                }
            }
            return part;
        }

        /// <summary>Whether <paramref name="person"/> is among the first <paramref name="count"/> of <paramref name="seen"/>:
        /// a paper's few authors compared in a loop of its own (the span search is a call into generic code, which the
        /// kernel runs unoptimised at first).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool Seen(Span<int> seen, int count, int person)
        {
            for (int i = 0; i < count; i++)
            {
                if (seen[i] == person) return true;
            }
            return false;
        }

        /// <summary>The table of the parts' counts, in the order of their papers: people numbered in the order a pass
        /// over the papers meets them, each with their spellings in the order they were first met;
        /// <paramref name="people"/>'s keys become the table's map from key to person.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static AuthorTable ToTable(PooledPart[] parts, IReadOnlyList<Paper> papers, string[] spellings, SpelledPeople people, int titlesPerAuthor)
        {
            var papersOf = parts[0]._papers.Span;
            for (int part = 1; part < parts.Length; part++)
            {
                var theirs = parts[part]._papers.Span;
                for (int person = 0; person < papersOf.Length; person++) papersOf[person] += theirs[person];
            }
            int kept = 0;
            foreach (int count in papersOf) kept += count > 0 ? 1 : 0;

            // People with papers, numbered in the order they are first met (the order of the notes), each with their
            // first papers' rows. A loaded collection, which does not change, keeps rows; other lists, the titles themselves.
            var keyOf = people.KeyOf;
            var numberOf = new int[people.Count]; // the person's number in the table plus one; 0 for no papers
            using var personOfNumber = new ScratchArray<int>(kept);
            using var firstNameOfNumber = new ScratchArray<int>(kept);
            using var titlesFound = new ScratchArray<byte>(people.Count);
            var personOf = personOfNumber.Span;
            var firstNameOf = firstNameOfNumber.Span;
            var found = titlesFound.Span;
            var collection = papers as PaperCollection;
            var titles = collection is null ? new string?[kept * titlesPerAuthor] : null;
            var titleRows = collection is null ? null : new int[kept * titlesPerAuthor];
            int numbered = 0;
            foreach (var part in parts)
            {
                foreach (var (name, row) in part._firstPapers.Span)
                {
                    int person = SpelledPeople.PersonOf(keyOf[name]);
                    int mine = numberOf[person] - 1;
                    if (mine < 0)
                    {
                        mine = numbered++;
                        numberOf[person] = mine + 1;
                        (personOf[mine], firstNameOf[mine]) = (person, name);
                    }
                    if (found[person] >= titlesPerAuthor) continue;
                    int at = mine * titlesPerAuthor + found[person]++;
                    if (titleRows is not null) titleRows[at] = row + 1;
                    else titles![at] = papers[row].Title;
                }
            }

            // Each person's spellings: most people are written one way, and that spelling has all their papers; people
            // written more than one way are tallied spelling by spelling, in the order the spellings are first met.
            var tallies = new AuthorTally[Math.Max(kept, 1)];
            for (int mine = 0; mine < kept; mine++)
            {
                int name = firstNameOf[mine];
                if (SpelledPeople.SpelledApart(keyOf[name])) continue;
                tallies[mine] = new AuthorTally(spellings[name]);
                tallies[mine].Add(spellings[name], papersOf[personOf[mine]]);
            }
            var papersOfName = parts[0]._papersOfSpelling.Span;
            for (int part = 1; part < parts.Length; part++)
            {
                var theirs = parts[part]._papersOfSpelling.Span;
                for (int name = 0; name < papersOfName.Length; name++) papersOfName[name] += theirs[name];
            }
            foreach (var part in parts)
            {
                foreach (int name in part._spellingsMet.Span)
                {
                    if (papersOfName[name] == 0) continue; // tallied where a part before met it
                    ref var tally = ref tallies[numberOf[SpelledPeople.PersonOf(keyOf[name])] - 1];
                    if (tally.FirstSpelling is null) tally = new AuthorTally(spellings[name]);
                    tally.Add(spellings[name], papersOfName[name]);
                    papersOfName[name] = 0;
                }
            }

            // The map from key to person, made if a person is looked up by name: of the names of people with papers.
            var byPersonKey = new AuthorTallies(() =>
            {
                var counted = new int[keyOf.Length];
                for (int name = 0; name < counted.Length; name++) counted[name] = numberOf[SpelledPeople.PersonOf(keyOf[name])] - 1;
                return PersonKeys.Of(spellings, counted);
            }, tallies, kept);
            return titleRows is not null ? new AuthorTable(titlesPerAuthor, byPersonKey, collection!, titleRows) : new AuthorTable(titlesPerAuthor, byPersonKey, titles);
        }
    }
}
