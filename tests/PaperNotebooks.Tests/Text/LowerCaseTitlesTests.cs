using System.Text;
using CsCheck;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Text;

namespace PaperNotebooks.Tests.Text;

public sealed class LowerCaseTitlesTests
{
    private static readonly Gen<string> Title = Gen.String[Gen.Char["aZ 09-'é—Ω"], 0, 12];

    [Fact]
    public void Titles_written_in_parts_are_read_back_by_row_lower_cased_in_any_order()
    {
        var parts = Title.List[0, 9].List[0, 6];
        Gen.Select(parts, Gen.Int).Sample((written, seed) =>
        {
            var titles = LowerCaseTitles.Join([.. written.Select(Writer)])!;
            var all = written.SelectMany(part => part).ToArray();
            Assert.Equal(all.Length, titles.Count);
            var rows = Enumerable.Range(0, all.Length).ToArray();
            new Random(seed).Shuffle(rows);
            foreach (int row in rows)
            {
                bool found = titles.TryGet(row, out var bytes);
                Assert.Equal(Ascii.IsValid(all[row]), found);
                if (found) Assert.Equal(all[row].ToLowerInvariant(), Encoding.ASCII.GetString(bytes));
            }
        }, iter: 300);
    }

    [Fact]
    public void Titles_that_fill_many_segments_are_each_read_back_whole_and_one_longer_than_a_segment_is_left_to_its_string()
    {
        var random = new Random(5);
        var titles = Enumerable.Range(0, 6_000).Select(i => i == 2_500 ? new string('x', 40_000) : i % 97 == 0 ? $"Café {i}"
            : string.Concat(Enumerable.Range(0, random.Next(5, 60)).Select(_ => (char)random.Next('A', 'z' + 1)))).ToArray();

        var joined = LowerCaseTitles.Join([Writer(titles[..4_000]), Writer([]), Writer(titles[4_000..])])!;

        Assert.Equal(titles.Length, joined.Count);
        for (int row = 0; row < titles.Length; row++)
        {
            bool plain = Ascii.IsValid(titles[row]) && titles[row].Length < 40_000;
            Assert.Equal(plain, joined.TryGet(row, out var bytes));
            if (plain) Assert.Equal(titles[row].ToLowerInvariant(), Encoding.ASCII.GetString(bytes));
        }
    }

    [Fact]
    public void A_listing_read_from_a_file_keeps_its_titles_beside_it_and_its_views_read_them_by_their_rows()
    {
        var papers = PaperListingReader.ReadFile(TestFiles.Seed, TestPapers.Options).Papers;
        var titles = LowerCaseTitles.Of(papers);

        Assert.NotNull(titles);
        var view = papers.Subset(Enumerable.Range(0, papers.Count).Where(i => i % 2 == 1).Reverse());
        Assert.Same(titles, LowerCaseTitles.Of(view));
        for (int i = 0; i < view.Count; i++)
        {
            Assert.True(titles.TryGet(view.RowAt(i), out var bytes) || !Ascii.IsValid(view[i].Title));
            if (Ascii.IsValid(view[i].Title)) Assert.Equal(view[i].Title.ToLowerInvariant(), Encoding.ASCII.GetString(bytes));
        }
        Assert.True(view.Count >= 5, $"{view.Count} papers");
    }

    [Fact]
    public void Titles_are_not_kept_beside_a_set_of_another_size()
    {
        var papers = TestPapers.Seed;
        var titles = LowerCaseTitles.Join([Writer(["one title"])])!;

        Assert.Throws<ArgumentException>(() => LowerCaseTitles.Attach(papers, titles));
        Assert.Null(LowerCaseTitles.Of(new PaperCollection(papers)));
    }

    internal static LowerCaseTitles.Writer Writer(IEnumerable<string> titles)
    {
        var writer = new LowerCaseTitles.Writer();
        foreach (var title in titles) writer.Add(title);
        return writer;
    }
}
