using System.Text;
using Microsoft.Data.Analysis;
using PaperNotebooks.DataFrames;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Search;
using PaperNotebooks.Text;

namespace PaperNotebooks.Tests.Text;

/// <summary>A large listing's abstracts go to a temporary file read through a mapping (<see cref="SpilledTexts"/>);
/// here every listing spills, and reads as it does in memory.</summary>
public sealed class SpilledAbstractTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("spill-tests-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Papers whose abstracts run from empty to longer than a block's write buffer, in several scripts.</summary>
    private static byte[] Listing(int papers)
    {
        var text = new StringBuilder();
        var random = new Random(7);
        for (int i = 0; i < papers; i++)
        {
            text.Append(CultureFormat($"CLJul {1 + i % 28}, 2024\nTitle Number {i} About ThingsAnna Müller, Bo Li\n"));
            int words = i == papers / 2 ? 40_000 : random.Next(0, 300);
            for (int w = 0; w < words; w++) text.Append(w % 17 == 0 ? "naïve 注意力 трансформер " : "attention sequence parallel ");
            text.Append(CultureFormat($"abstract {i}.\n"));
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string CultureFormat(FormattableString text) => FormattableString.Invariant(text);

    private static PaperCollection Read(byte[] listing, int blockSize) =>
        PaperListingReader.Parse(listing, TestPapers.Options, "spill.txt", blockSize).Papers;

    [Theory]
    [InlineData(64 * 1024)]
    [InlineData(1 << 20)]
    public void Spilled_abstracts_read_as_the_same_abstracts_in_memory(int blockSize)
    {
        var listing = Listing(3000);
        var inMemory = Read(listing, blockSize);
        PaperCollection spilled;
        using (SpilledTexts.Scope(spillFrom: 1, _root)) spilled = Read(listing, blockSize);

        var store = spilled[0].StoredAbstract.Block!.Store;
        Assert.NotNull(store.Spilled);
        Assert.True(store.Sealed().IsSealed);
        Assert.Null(inMemory[0].StoredAbstract.Block!.Store.Spilled);
        Assert.Equal(inMemory.Count, spilled.Count);
        Assert.Equal(inMemory.Select(p => p.Abstract), spilled.Select(p => p.Abstract));
        Assert.True(spilled.Max(p => p.StoredAbstract.Utf8Length) > 1_000_000);
        Assert.Equal(inMemory, spilled);
    }

    [Fact]
    public void The_spill_file_is_gone_from_its_folder_as_soon_as_it_is_open()
    {
        PaperCollection spilled;
        using (SpilledTexts.Scope(spillFrom: 1, _root)) spilled = Read(Listing(200), 64 * 1024);

        Assert.Empty(Directory.EnumerateFileSystemEntries(_root));
        Assert.Equal("abstract 199.", spilled[199].Abstract[^13..]);
    }

    [Fact]
    public void A_folder_that_cannot_take_the_file_leaves_the_abstracts_in_memory()
    {
        var listing = Listing(200);
        PaperCollection read;
        using (SpilledTexts.Scope(spillFrom: 1, Path.Combine(_root, "missing", "folder"))) read = Read(listing, 64 * 1024);

        Assert.Null(read[0].StoredAbstract.Block!.Store.Spilled);
        Assert.Equal(Read(listing, 64 * 1024).Select(p => p.Abstract), read.Select(p => p.Abstract));
    }

    [Fact]
    public void A_spill_file_that_cannot_be_mapped_keeps_every_abstract_for_the_papers_the_frame_and_the_search()
    {
        var listing = Listing(3000);
        var inMemory = Read(listing, 64 * 1024);
        PaperCollection spilled;
        using (SpilledTexts.Scope(spillFrom: 1, _root, refuseMapping: true)) spilled = Read(listing, 64 * 1024);

        var store = spilled[0].StoredAbstract.Block!.Store;
        Assert.NotNull(store.Spilled);
        Assert.False(store.InArrowLayout);
        Assert.False(store.Spilled.IsMapped);
        Assert.Equal(inMemory.Select(p => p.Abstract), spilled.Select(p => p.Abstract));
        Assert.Equal(inMemory.Select(p => p.StoredAbstract.Utf8Length), spilled.Select(p => p.StoredAbstract.Utf8Length));

        var column = spilled.ToDataFrame().Columns["Abstract"];
        Assert.Equal(inMemory.Select(p => p.Abstract), Enumerable.Range(0, spilled.Count).Select(i => (string)column[i]));
        Assert.Equal(inMemory.Search("трансформер").Hits.Select(h => h.Paper.Id), spilled.Search("трансформер").Hits.Select(h => h.Paper.Id));
    }

    [Fact]
    public void Abstracts_read_on_two_threads_while_the_pages_are_given_back_stay_whole()
    {
        var listing = Listing(3000);
        var expected = Read(listing, 64 * 1024).Select(p => p.Abstract).ToArray();
        PaperCollection spilled;
        using (SpilledTexts.Scope(spillFrom: 1, _root, trimEvery: 4096)) spilled = Read(listing, 64 * 1024);

        for (int pass = 0; pass < 3; pass++)
        {
            var read = new string[spilled.Count];
            Parallel.For(0, spilled.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => read[i] = spilled[i].Abstract);
            Assert.Equal(expected, read);
        }
    }

    [Fact]
    public void The_frame_and_the_search_of_spilled_papers_are_those_of_papers_in_memory()
    {
        var listing = Listing(3000);
        var inMemory = Read(listing, 64 * 1024);
        PaperCollection spilled;
        using (SpilledTexts.Scope(spillFrom: 1, _root)) spilled = Read(listing, 64 * 1024);

        var column = spilled.ToDataFrame().Columns["Abstract"];
        Assert.IsType<ArrowStringDataFrameColumn>(column);
        Assert.Equal(inMemory.Select(p => p.Abstract), Enumerable.Range(0, spilled.Count).Select(i => (string)column[i]));

        foreach (string query in new[] { "abs:\"sequence parallel\"", "трансформер", "abs:naive AND ti:number" })
        {
            var expected = inMemory.Search(query);
            var found = spilled.Search(query);
            Assert.Equal(expected.Hits.Select(h => h.Paper.Id), found.Hits.Select(h => h.Paper.Id));
        }
    }

    [Fact]
    public void A_block_reads_its_rows_back_before_the_store_is_sealed_from_its_buffer_or_the_file()
    {
        using var scope = SpilledTexts.Scope(spillFrom: 1, _root);
        var store = new Utf8TextStore(4 << 20);
        var block = store.Block(0, 4 << 20);
        string[] texts = ["first", new string('a', 300_000), "third ü", new string('b', 200_000), "fifth"];
        foreach (string text in texts)
        {
            Assert.True(text.Length % 2 == 0 ? block.TryAppend(Encoding.UTF8.GetBytes(text), out _) : block.TryAppend(text.AsSpan(), out _));
        }
        Assert.NotNull(store.Spilled);
        Assert.Equal(texts, Enumerable.Range(0, texts.Length).Select(row => Encoding.UTF8.GetString(block.Bytes(row))));

        block.Finish();
        Assert.True(block.TryAppend("after"u8, out int late));
        store.Seal();

        Assert.Equal([.. texts, "after"], Enumerable.Range(0, late + 1).Select(row => Encoding.UTF8.GetString(block.Bytes(row))));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Rows_read_while_the_stores_are_sealed_in_the_background_wait_for_the_seal_and_read_whole(bool spill)
    {
        using var scope = SpilledTexts.Scope(spillFrom: spill ? 1 : long.MaxValue, _root);
        // Three blocks with room to spare, so the seal moves every row but the first block's.
        var store = new Utf8TextStore(3 << 20);
        var blocks = Enumerable.Range(0, 3).Select(k => store.Block(k << 20, 1 << 20)).ToArray();
        var expected = new List<string>();
        foreach (var (block, k) in blocks.Select((b, k) => (b, k)))
        {
            for (int row = 0; row < 2000; row++)
            {
                string text = $"block {k} row {row} " + new string((char)('a' + row % 26), row % 97);
                Assert.True(block.TryAppend(text.AsSpan(), out _));
                expected.Add(text);
            }
            block.Finish();
        }
        Assert.Equal(spill, store.Spilled is not null);

        var sealing = Utf8TextStore.SealAllInBackground(blocks);
        var read = new string[expected.Count];
        Parallel.For(0, expected.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            read[i] = Encoding.UTF8.GetString(blocks[i / 2000].Bytes(i % 2000)));
        await sealing;

        Assert.True(store.IsSealed);
        Assert.Equal(expected, read);
        Assert.Equal(expected.Count, store.Rows);
        Assert.Equal(4000, blocks[2].FirstRow);
        Assert.Equal(string.Concat(expected), Encoding.UTF8.GetString(store.Values.Span));
        Assert.True(Utf8TextStore.SealAllInBackground(blocks).IsCompleted, "a sealed store is not sealed again");
    }
}
