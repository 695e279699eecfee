using System.Text;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources;

public sealed class MappedPagesTests
{
    [Fact]
    public unsafe void Releasing_memory_that_is_not_a_registered_file_mapping_leaves_it_untouched()
    {
        var bytes = new byte[1 << 20];
        Array.Fill(bytes, (byte)7);

        fixed (byte* data = bytes) MappedPages.Release(data, bytes.Length);

        Assert.All(bytes, b => Assert.Equal(7, b));
    }

    [Fact]
    public void A_file_large_enough_to_be_mapped_reads_to_the_papers_its_bytes_give_when_its_pages_are_released_as_blocks_are_read()
    {
        // Over the 4 MB from which files are mapped; its pages are given back after counting lines and after parsing.
        var lines = Enumerable.Range(1, 6000).Select(i =>
            $$"""{"id":"2401.{{i:D5}}","title":"Paper {{i}}","abstract":"{{new string('x', 1000)}} https://github.com/a/b{{i}}","categories":"cs.CL","versions":[{"version":"v1","created":"Tue, 2 Jan 2024 10:00:00 GMT"}],"authors_parsed":[["Doe","Jane",""]]}""");
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
        using var folder = new ScratchFolder();
        string path = folder.Write("snapshot.json", bytes);

        var fromFile = PaperSources.ReadFile(path, TestPapers.Options);
        var fromBytes = PaperSources.Read(new MemoryStream(bytes), TestPapers.Options);
        var again = PaperSources.ReadFile(path, TestPapers.Options);

        Assert.Equal(6000, fromFile.Papers.Count);
        Assert.Equal(fromBytes.Papers.WithoutSource(), fromFile.Papers.WithoutSource());
        Assert.Equal(fromFile.Papers.ToList(), again.Papers.ToList());
    }
}
