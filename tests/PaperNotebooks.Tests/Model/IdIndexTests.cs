using CsCheck;
using PaperNotebooks.Model;

namespace PaperNotebooks.Tests.Model;

public sealed class IdIndexTests
{
    private static Paper P(string id) => new() { Id = id, Title = "T " + id, Authors = [], Category = "cs.CL", Published = new(2020, 1, 1) };

    [Fact]
    public void An_id_index_finds_every_row_by_its_id_ignoring_case_and_refuses_an_id_taken()
    {
        var ids = new List<string>();
        var index = new IdIndex(row => ids[row], 0);
        for (int row = 0; row < 10_000; row++)
        {
            string id = $"Smith{row}Deep";
            Assert.True(index.TryAdd(id, IdIndex.Hash(id), row));
            ids.Add(id);
        }
        Assert.Equal(10_000, index.Count);
        Assert.False(index.TryAdd("SMITH42DEEP", IdIndex.Hash("SMITH42DEEP"), 10_000));
        Assert.True(index.TryGetRow("smith9999deep", out int found));
        Assert.Equal(9_999, found);
        Assert.False(index.TryGetRow("smith10000deep", out found));
        Assert.Equal(-1, found);
    }

    [Fact]
    public void Ids_whose_hashes_are_equal_are_told_apart_by_their_text()
    {
        // Every id given the same hash: the table is one long run, and only the ids' text tells them apart.
        var ids = new List<string>();
        var index = new IdIndex(row => ids[row], 4);
        foreach (string id in new[] { "a", "b", "A2", "c" })
        {
            Assert.True(index.TryAdd(id, 7, ids.Count));
            ids.Add(id);
        }
        Assert.False(index.TryAdd("B", 7, ids.Count));
        Assert.True(index.TryAdd("d", 7, ids.Count));
    }

    [Fact]
    public void Ids_made_unique_are_the_ones_a_dictionary_of_ids_taken_in_order_gives()
    {
        // Keys drawn from a few, so that many repeat, with suffixed keys among them ("k1b" read before or after
        // the second "k1" took it) and case differences.
        string[] some = ["k1", "K1", "k1b", "k1c", "k2", "k2b", "K2B", "k3", "k1_27", "x"];
        Gen.Int[0, some.Length - 1].Select(i => some[i]).Array[0, 60].Sample(given =>
        {
            var papers = given.Select(P).ToList();
            var unique = PaperKey.UniqueIds(papers, papers.Count);
            Assert.Equal(Reference(given), unique.Select(p => p.Id));
            foreach (var paper in unique) Assert.Same(paper, unique[paper.Id.ToUpperInvariant()]);
        });
    }

    [Fact]
    public void Papers_given_by_a_caller_are_copied_when_renamed_and_a_readers_own_are_renamed_in_place()
    {
        Paper[] given = [P("k1"), P("K1"), P("k1")];
        var copied = PaperKey.UniqueIds(given, given.Length);
        Assert.Equal(["k1", "K1b", "k1c"], copied.Select(p => p.Id));
        Assert.Equal(["k1", "K1", "k1"], given.Select(p => p.Id));
        Assert.Same(given[0], copied[0]);
        Assert.NotSame(given[1], copied[1]);

        var own = PaperKey.UniqueIds(given.ToArray(), given.Select(p => IdIndex.Hash(p.Id)).ToArray(), null, unshared: true);
        Assert.Equal(["k1", "K1b", "k1c"], own.Select(p => p.Id));
        Assert.Equal(given, own);
        Assert.Same(given[2], own[2]);
    }

    [Fact]
    public void A_collection_refuses_two_papers_with_one_id_and_finds_each_paper_by_id()
    {
        var error = Assert.Throws<ArgumentException>(() => new PaperCollection([P("a1"), P("b2"), P("A1")]));
        Assert.Contains("'A1'", error.Message);

        var papers = new PaperCollection(Enumerable.Range(0, 1000).Select(i => P($"id{i}")));
        Assert.Equal("id500", papers["ID500"].Id);
        Assert.False(papers.TryGetById("id1000", out _));
        var view = papers.Where(p => p.Id.EndsWith('7'));
        Assert.True(view.TryGetById("id7", out _));
        Assert.False(view.TryGetById("id8", out _));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(2, true)]
    [InlineData(4, false)]
    [InlineData(4, true)]
    public void Ids_taken_in_shards_at_once_are_the_ones_taken_in_order(int shards, bool unshared)
    {
        // Without suffixed keys among those read, no suffix given can clash and the shards' ids stand; with them
        // ("k1b" read before or after the second "k1"), a clash sends the ids back to be taken in order.
        string[] plain = ["k1", "K1", "k2", "k3", "x", "X"];
        string[] clashing = ["k1", "K1", "k1b", "k1c", "k2", "k2b", "K2B", "k3", "k1_27", "x"];
        foreach (var some in new[] { plain, clashing })
        {
            Gen.Int[0, some.Length - 1].Select(i => some[i]).Array[0, 80].Sample(given =>
            {
                var papers = given.Select(P).ToArray();
                var before = papers.ToArray();
                var unique = PaperKey.UniqueIds(papers.ToArray(), papers.Select(p => IdIndex.Hash(p.Id)).ToArray(), null, unshared, shards);
                Assert.Equal(Reference(given), unique.Select(p => p.Id));
                foreach (var paper in unique) Assert.Same(paper, unique[paper.Id.ToUpperInvariant()]);
                for (int row = 0; row < papers.Length; row++)
                {
                    // A reader's own paper is renamed in place; a caller's is copied and left as it was.
                    if (unshared) Assert.Same(before[row], unique[row]);
                    else Assert.Equal(given[row], before[row].Id);
                }
            });
        }
    }

    [Fact]
    public void A_large_set_takes_its_ids_on_all_cores_as_in_order()
    {
        // Past the size from which ids are taken in shards: a few hundred keys repeated, some read already suffixed.
        var keys = Enumerable.Range(0, 120_000).Select(i => i % 7 == 0 ? $"key{i % 300}b" : $"Key{i % 500}").ToArray();
        var unique = PaperKey.UniqueIds(keys.Select(P), keys.Length);
        Assert.Equal(Reference(keys), unique.Select(p => p.Id));
        var plain = Enumerable.Range(0, 120_000).Select(i => $"key{i % 40_000}").ToArray();
        Assert.Equal(Reference(plain), PaperKey.UniqueIds(plain.Select(P), plain.Length).Select(p => p.Id));
    }

    // Ids taken in order in a dictionary, a later paper's taken id suffixed b, c, ... (then _27, _28, ...).
    private static List<string> Reference(IEnumerable<string> keys)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (string key in keys)
        {
            string id = key;
            for (int n = 1; !taken.Add(id); n++) id = key + (n < 26 ? ((char)('a' + n)).ToString() : "_" + (n + 1));
            result.Add(id);
        }
        return result;
    }
}
