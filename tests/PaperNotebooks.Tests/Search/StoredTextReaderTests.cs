using System.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.Search;
using PaperNotebooks.Text;

namespace PaperNotebooks.Tests.Search;

/// <summary>The index reads abstracts from their UTF-8 through <see cref="StoredTextReader"/>: every character comes out
/// as decoding the whole text gives it, whatever the chunks cut through.</summary>
public sealed class StoredTextReaderTests
{
    private static string Mixed(int repeat) =>
        string.Concat(Enumerable.Range(0, repeat).Select(i => $"naïve café {i} 注意力机制 трансформер 😀🧪 ∑x² — ")) + "end.";

    private static StoredText Stored(string text)
    {
        string listing = $"CLJul 4, 2024\nA Title About ThingsAnna Müller\n{text}\n";
        return PaperListingReader.Parse(listing, TestPapers.Options).Papers[0].StoredAbstract;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    [InlineData(10_000)]
    public void Reading_in_blocks_of_any_size_gives_the_text_back(int block)
    {
        string text = Mixed(400);
        var stored = Stored(text);
        Assert.NotNull(stored.Block);
        var reader = new StoredTextReader().Reset(stored);

        var read = new StringBuilder();
        var buffer = new char[block];
        for (int n; (n = reader.Read(buffer, 0, block)) > 0;) read.Append(buffer, 0, n);

        Assert.Equal(text, read.ToString());
    }

    [Fact]
    public void Characters_one_at_a_time_and_peeks_agree_with_the_blocks_and_the_reader_serves_the_next_text()
    {
        var reader = new StoredTextReader();
        foreach (string text in new[] { Mixed(300), "é", "short 😀", Mixed(3) })
        {
            reader.Reset(Stored(text));
            var read = new StringBuilder();
            for (int c; (c = reader.Peek()) >= 0;)
            {
                Assert.Equal(c, reader.Read());
                read.Append((char)c);
                var two = new char[2];
                int n = reader.Read(two, 0, 2);
                read.Append(two, 0, n);
            }
            Assert.Equal(-1, reader.Read());
            Assert.Equal(text, read.ToString());
            reader.Dispose(); // as Lucene does after each document: the reader still serves the next
        }
    }

    [Fact]
    public void A_text_held_as_a_string_reads_the_same()
    {
        string text = Mixed(500);
        var reader = new StoredTextReader().Reset(new StoredText(text));

        Assert.Equal(text, reader.ReadToEnd());
    }
}
