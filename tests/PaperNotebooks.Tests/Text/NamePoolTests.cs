using PaperNotebooks.Listing;
using PaperNotebooks.Text;

namespace PaperNotebooks.Tests.Text;

public sealed class NamePoolTests
{
    [Fact]
    public void An_author_on_several_papers_of_a_listing_is_one_string()
    {
        string listing = "CLJul 4, 2024\nFirst Title About ThingsAnna Müller, Bo Li\nOne.\n" +
                         "CLJul 5, 2024\nSecond Title About ThingsBo Li, Anna Müller\nTwo.\n";
        var papers = PaperListingReader.Parse(listing, TestPapers.Options).Papers;

        Assert.Equal(["Anna Müller", "Bo Li"], papers[0].Authors);
        Assert.Same(papers[0].Authors[0], papers[1].Authors[1]);
        Assert.Same(papers[0].Authors[1], papers[1].Authors[0]);
    }

    [Fact]
    public void Shared_names_keep_their_order_and_count()
    {
        var pool = new NamePool();
        var first = pool.Share(["B", "A", new string('B', 1)]);

        Assert.Equal(["B", "A", "B"], first);
        Assert.Same(first[0], first[2]);
        Assert.Empty(pool.Share([]));
    }

    [Fact]
    public void A_list_of_shared_names_is_held_as_numbers_and_reads_back_as_the_names()
    {
        var pool = new NamePool();
        var first = pool.Share(["Ana Lima", "Bo Li"]);
        var second = pool.ShareNumbered(["Bo Li", new string("Ana Lima".ToCharArray()), "Cy Young"]);

        var numbers = Assert.IsType<PooledNames>(second);
        Assert.Equal([1, 0, 2], numbers.Numbers.ToArray());
        Assert.Equal(["Bo Li", "Ana Lima", "Cy Young"], second);
        Assert.Equal(["Bo Li", "Ana Lima", "Cy Young"], second.ToList());
        Assert.Same(first[0], second[1]);
        Assert.Equal(3, pool.Count);
    }

    [Fact]
    public void Names_read_from_text_are_numbered_and_a_string_is_made_only_for_a_name_the_pool_lacks()
    {
        var pool = new NamePool();
        var held = pool.Share(["Ana Lima"]);
        string line = "Bo Li, Ana Lima, Bo Li";

        var names = pool.ShareNumbered(line, [0..5, 7..15, 17..22]);

        var numbers = Assert.IsType<PooledNames>(names);
        Assert.Equal([1, 0, 1], numbers.Numbers.ToArray());
        Assert.Equal(["Bo Li", "Ana Lima", "Bo Li"], names);
        Assert.Same(held[0], names[1]);
        Assert.Same(names[0], names[2]);
        Assert.Equal(2, pool.Count);
        Assert.Same(names, pool.ShareNumbered(names));
        Assert.Empty(pool.ShareNumbered(line, []));
    }

    [Fact]
    public void Names_read_from_text_after_the_pool_is_sealed_come_back_as_strings_that_read_the_same()
    {
        var pool = new NamePool();
        var held = pool.Share(["Ana Lima"]);
        pool.Seal();

        var names = pool.ShareNumbered("Ana Lima, Cy Young", [0..8, 10..18]);

        Assert.IsNotType<PooledNames>(names);
        Assert.Equal(["Ana Lima", "Cy Young"], names);
        Assert.Equal(1, pool.Count);
    }

    [Fact]
    public void Papers_with_the_same_affiliations_share_one_list_of_the_pools_names()
    {
        string listing = "CLJul 4, 2024\nFirst Title About ThingsAnna Müller, Bo Li · lab-one, lab-two\nOne.\n" +
                         "CLJul 5, 2024\nSecond Title About ThingsBo Li · lab-one, lab-two\nTwo.\n" +
                         "CLJul 6, 2024\nThird Title About ThingsBo Li · lab-two,, lab-one \nThree.\n";
        var papers = PaperListingReader.Parse(listing, TestPapers.Options).Papers;

        Assert.Equal(["lab-one", "lab-two"], papers[0].Affiliations);
        Assert.Same(papers[0].Affiliations, papers[1].Affiliations);
        Assert.Equal(["lab-two", "lab-one"], papers[2].Affiliations);
        Assert.Same(papers[0].Affiliations[1], papers[2].Affiliations[0]);
    }

    [Fact]
    public void Shared_lists_are_found_again_through_their_tables_growth_and_past_the_most_kept_are_made_each_time()
    {
        var pool = new NamePool();
        var first = new List<IReadOnlyList<string>>();
        for (int i = 0; i < 40_000; i++)
        {
            string text = $"lab {i}, group {i % 7}";
            first.Add(pool.ShareList(text, [0..text.IndexOf(','), (text.IndexOf(',') + 2)..text.Length]));
        }
        for (int i = 0; i < 40_000; i += 997)
        {
            string text = $"lab {i}, group {i % 7}";
            var again = pool.ShareList(text, [0..text.IndexOf(','), (text.IndexOf(',') + 2)..text.Length]);
            Assert.Equal([$"lab {i}", $"group {i % 7}"], again);
            // The first 32,768 texts are kept; later ones read the same but are made again.
            if (i < 1 << 15) Assert.Same(first[i], again);
            else Assert.NotSame(first[i], again);
            Assert.Same(first[i % 7][1], again[1]);
        }
        pool.Seal();
        Assert.Equal(["lab 3", "group 3"], pool.ShareList("lab 3, group 3", [0..5, 7..14]));
        Assert.Empty(pool.ShareList("", []));
    }

    [Fact]
    public void A_listings_authors_read_the_same_whether_a_pool_numbers_them_or_not()
    {
        string[] lines =
        [
            "A Study of Things at ScaleMartin Luther King, Jr., Ana Lima",
            "Attention Is All You Need Ashish Vaswani ,  Noam Shazeer,, Niki Parmar",
            "Deep Learning for NLPWei Zhang, Ana Lima et al.",
            "No Authors Here At All",
        ];
        var pool = new NamePool();
        foreach (var line in lines)
        {
            var plain = TitleAuthorSplitter.Split(line);
            var pooled = TitleAuthorSplitter.Split(line, names: pool);
            Assert.Equal(plain.Title, pooled.Title);
            Assert.Equal(plain.Authors, pooled.Authors);
            Assert.Equal(plain.Alternative?.Authors, pooled.Alternative?.Authors);
        }
        // The suffix joins its name in one string; the others are the pool's.
        Assert.Equal("Martin Luther King, Jr.", TitleAuthorSplitter.Split(lines[0], names: pool).Authors[0]);
        Assert.IsType<PooledNames>(TitleAuthorSplitter.Split(lines[2], names: pool).Authors);
    }

    [Fact]
    public void A_paper_holds_its_pooled_authors_as_they_are_and_equals_a_paper_with_the_same_names_as_strings()
    {
        var pool = new NamePool();
        var numbered = pool.ShareNumbered(["Ana Lima", "Bo Li"]);
        var paper = new PaperNotebooks.Model.Paper { Id = "lima2024", Title = "T", Authors = numbered, Category = "cs.CL", Published = new DateOnly(2024, 1, 2) };
        var plain = paper with { Authors = ["Ana Lima", "Bo Li"] };

        Assert.Same(numbered, paper.Authors);
        Assert.Equal(plain, paper);
        Assert.Equal(paper, plain);
        Assert.Equal(plain.GetHashCode(), paper.GetHashCode());
        Assert.NotEqual(paper with { Authors = ["Ana Lima"] }, paper);
        Assert.Equal("[Ana Lima, Bo Li]", numbered.ToString());
    }

    [Fact]
    public void A_pool_numbers_names_in_the_order_first_seen_and_finds_each_again_through_its_tables_growth()
    {
        // A pool made small, given far more names than it expected: its table grows many times over.
        var pool = new NamePool();
        string[] names = [.. Enumerable.Range(0, 50_000).Select(i => $"Name {i % 20_000} {(i % 7 == 0 ? "Ng" : "Ngo")}")];
        var first = new Dictionary<string, int>();
        foreach (string name in names) first.TryAdd(name, first.Count);
        var numbered = Assert.IsType<PooledNames>(pool.ShareNumbered(names));
        Assert.Equal(names.Select(name => first[name]), numbered.Numbers.ToArray());
        Assert.Equal(first.Count, pool.Count);
        // Looked up by text, as the reader does: the same numbers, no new name.
        string line = string.Join(", ", names.Take(3));
        var again = Assert.IsType<PooledNames>(pool.ShareNumbered(line, [0..names[0].Length, (names[0].Length + 2)..(names[0].Length + 2 + names[1].Length)]));
        Assert.Equal([first[names[0]], first[names[1]]], again.Numbers.ToArray());
        Assert.Equal(first.Count, pool.Count);
    }

    [Fact]
    public void A_pool_keeps_the_hash_of_each_names_person_key_through_growing_and_sealing()
    {
        var pool = new NamePool();
        string[] names = [.. Enumerable.Range(0, 700).Select(i => (i % 3) switch { 0 => $"Zoë Adé {i}", 1 => $"ZOE ADE {i}", _ => $"j.  r. smith {i}" })];
        pool.ShareNumbered(names);
        pool.Seal();

        char[] buffer = [];
        Assert.Equal(names.Select(name => PaperNotebooks.Analytics.AuthorIdentity.KeyHash(name, ref buffer)), Enumerable.Range(0, pool.Count).Select(pool.KeyHashOf));
        // One person's names hash alike.
        Assert.Equal(PaperNotebooks.Analytics.AuthorIdentity.KeyHash("Zoë Adé 3", ref buffer), PaperNotebooks.Analytics.AuthorIdentity.KeyHash("ZOE  ADE 3", ref buffer));
    }

    [Fact]
    public void Lists_held_side_by_side_in_shared_chunks_each_read_back_as_their_own_names_across_chunk_ends()
    {
        // Lists of 1 to 9 names until well past several chunks, one longer than a chunk, and lists after a seal that
        // fall back to strings: each reads back as given, and a fallen-back list leaves the next one intact.
        var pool = new NamePool();
        var given = new List<string[]>();
        var held = new List<IReadOnlyList<string>>();
        for (int i = 0; i < 12_000; i++)
        {
            string[] names = [.. Enumerable.Range(0, 1 + i % 9).Select(k => $"Author {(i * 31 + k * 7) % 5_000}")];
            given.Add(names);
            held.Add(pool.ShareNumbered(names));
        }
        string[] longList = [.. Enumerable.Range(0, 20_000).Select(k => $"Long {k}")];
        given.Add(longList);
        held.Add(pool.ShareNumbered(longList));
        pool.Seal();
        given.Add(["Author 1", "Nobody Before"]);
        held.Add(pool.ShareNumbered(given[^1]));

        Assert.All(held.SkipLast(1), list => Assert.IsType<PooledNames>(list));
        Assert.IsNotType<PooledNames>(held[^1]);
        for (int i = 0; i < given.Count; i++)
        {
            Assert.Equal(given[i], held[i]);
            Assert.Equal(given[i], Enumerable.Range(0, held[i].Count).Select(k => held[i][k]));
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => held[0][1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => held[0][-1]);
    }

    [Fact]
    public void A_pool_made_for_a_large_read_numbers_names_as_a_small_one_does_and_its_size_follows_the_bytes()
    {
        Assert.Equal(256, NamePool.ExpectedFor(0));
        Assert.Equal(451_660, NamePool.ExpectedFor(1_850_000_000));
        Assert.Equal(1 << 20, NamePool.ExpectedFor(long.MaxValue));

        string[] names = [.. Enumerable.Range(0, 5_000).Select(i => $"Name {i % 3_000}")];
        var small = new NamePool();
        var large = new NamePool(NamePool.ExpectedFor(1_850_000_000));
        var fromSmall = (PooledNames)small.ShareNumbered(names);
        var fromLarge = (PooledNames)large.ShareNumbered(names);
        Assert.Equal(3_000, large.Count);
        Assert.Equal(names, fromLarge);
        Assert.Equal(fromSmall, fromLarge);
        Assert.Equal(Enumerable.Range(0, small.Count).Select(small.KeyHashOf), Enumerable.Range(0, large.Count).Select(large.KeyHashOf));
    }
}
