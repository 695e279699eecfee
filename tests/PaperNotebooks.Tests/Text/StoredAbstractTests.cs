using System.Text;
using Microsoft.Data.Analysis;
using PaperNotebooks.DataFrames;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Text;

namespace PaperNotebooks.Tests.Text;

/// <summary>A listing's abstracts are kept as UTF-8 in one store per file and decoded when read; see <see cref="Utf8TextStore"/>.</summary>
public sealed class StoredAbstractTests
{
    private static byte[] SeedBytes => File.ReadAllBytes(TestFiles.Seed);

    [Fact]
    public void Abstracts_read_as_utf8_equal_the_abstract_lines_of_the_listing()
    {
        var lines = File.ReadAllLines(TestFiles.Seed);
        foreach (var paper in TestPapers.Seed)
        {
            Assert.NotNull(paper.StoredAbstract.Block);
            Assert.Equal(lines[paper.Line + 1].Trim(), paper.Abstract);
        }
    }

    [Theory]
    [InlineData(64)]
    [InlineData(700)]
    [InlineData(5000)]
    public void Small_blocks_move_their_abstracts_together_and_read_the_same(int blockSize)
    {
        var whole = PaperListingReader.Parse(SeedBytes, TestPapers.Options, "seed.txt", int.MaxValue).Papers;
        var blocks = PaperListingReader.Parse(SeedBytes, TestPapers.Options, "seed.txt", blockSize).Papers;

        Assert.Equal(whole.Select(p => p.Abstract), blocks.Select(p => p.Abstract));
        var store = blocks[0].StoredAbstract.Block!.Store;
        Assert.True(store.IsSealed);
        Assert.Equal(blocks.Count, store.Rows);
        Assert.Equal(blocks.Sum(p => Encoding.UTF8.GetByteCount(p.Abstract)), store.Length);
        Assert.True(blocks.Select(p => p.StoredAbstract.Block).Distinct().Count() > (blockSize < 1000 ? 2 : 0));
    }

    [Fact]
    public void A_paper_with_its_abstract_in_a_store_equals_the_same_paper_with_a_string()
    {
        var read = TestPapers.Seed[3];
        var copy = read with { Abstract = new string(read.Abstract.AsSpan()) };

        Assert.Null(copy.StoredAbstract.Block);
        Assert.Equal(read, copy);
        Assert.Equal(read.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(read, read with { Abstract = read.Abstract + "." });
    }

    [Fact]
    public void Abstracts_with_accents_and_other_scripts_survive_the_store()
    {
        string listing = "CLJul 4, 2024\nA Title About ThingsAnna Müller\nÉtude des modèles: 注意力机制 и трансформеры — naïve café.\n" +
                         "CLJul 5, 2024\nAnother TitleBo Li\nSecond abstract.\n";
        var papers = PaperListingReader.Parse(listing, TestPapers.Options).Papers;

        Assert.Equal("Étude des modèles: 注意力机制 и трансформеры — naïve café.", papers[0].Abstract);
        Assert.Equal("Second abstract.", papers[1].Abstract);
    }

    [Fact]
    public void The_frame_of_one_listing_wraps_its_store_and_reads_every_abstract()
    {
        var papers = PaperListingReader.Parse(SeedBytes, TestPapers.Options, "seed.txt", 700).Papers;
        var column = papers.ToDataFrame().Columns["Abstract"];

        Assert.IsType<ArrowStringDataFrameColumn>(column);
        Assert.Equal(papers.Select(p => p.Abstract), Enumerable.Range(0, papers.Count).Select(i => (string)column[i]));
        Assert.Equal(0, column.NullCount);
    }

    [Fact]
    public void The_frame_of_a_filtered_set_copies_its_own_abstracts_as_utf8()
    {
        var papers = TestPapers.Seed.Where(p => p.Published.Day % 2 == 0);
        var column = papers.ToDataFrame().Columns["Abstract"];

        Assert.IsType<ArrowStringDataFrameColumn>(column);
        Assert.Equal(papers.Select(p => p.Abstract), Enumerable.Range(0, papers.Count).Select(i => (string)column[i]));
    }

    [Fact]
    public void Papers_with_abstracts_as_strings_and_none_at_all_make_the_same_column()
    {
        Paper Made(string id, string text) => new() { Id = id, Title = "T", Authors = [], Category = "cs.CL", Published = new DateOnly(2024, 1, 1), Abstract = text };
        var papers = new PaperCollection([Made("a", "Ünïcödé — 注意"), Made("b", ""), TestPapers.Seed[0] with { Id = "c" }]);
        var column = papers.ToDataFrame().Columns["Abstract"];

        Assert.IsType<ArrowStringDataFrameColumn>(column);
        Assert.Equal(["Ünïcödé — 注意", "", TestPapers.Seed[0].Abstract], Enumerable.Range(0, 3).Select(i => (string)column[i]));
        Assert.Equal(0, new PaperCollection([]).ToDataFrame().Columns["Abstract"].Length);
    }

    [Fact]
    public void Filtering_the_wrapped_frame_gives_the_matching_abstracts()
    {
        var frame = TestPapers.Seed.ToDataFrame();
        var filtered = frame.Filter(frame.Columns["Year"].ElementwiseEquals(2024));

        var expected = TestPapers.Seed.Where(p => p.Published.Year == 2024).Select(p => p.Abstract);
        Assert.Equal(expected, filtered.Rows.Select(row => (string)row[filtered.Columns.IndexOf("Abstract")]));
    }

    [Fact]
    public void Chars_decode_each_abstract_into_one_buffer_grown_as_needed()
    {
        char[] buffer = [];
        foreach (var paper in TestPapers.Seed.Concat(PaperListingReader.Parse("CLJul 4, 2024\nA Title About ThingsAnna Müller\nÉtude: 注意力 и 😀.\n", TestPapers.Options).Papers))
        {
            Assert.Equal(paper.Abstract, paper.StoredAbstract.Chars(ref buffer).ToString());
        }
        int grown = buffer.Length;
        Assert.True(grown >= TestPapers.Seed.Max(p => p.Abstract.Length));
        Assert.Equal("a string", new StoredText("a string").Chars(ref buffer).ToString());
        Assert.Equal(grown, buffer.Length);
    }
}
