using System.Text;
using PaperNotebooks.Export;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Sources;
using PaperNotebooks.Sources.Json;

namespace PaperNotebooks.Tests.Sources.Json;

/// <summary>A JSON export read in parts on all cores gives what one pass over it gives.</summary>
public sealed class JsonPartsTests
{
    private static ListingParseResult Read(byte[] bytes, int blockSize) => PartsEquivalence.Read(JsonPaperSource.Instance, "papers.json", bytes, blockSize);

    private static unsafe ListingParseResult ReadInOnePass(byte[] bytes) => PartsEquivalence.ReadInOnePass(JsonPaperSource.ReadInOnePass, "papers.json", bytes);

    [Fact]
    public void A_paper_that_cannot_be_read_is_named_by_its_place_in_the_whole_array()
    {
        var papers = TestPapers.Seed.Take(20).ToList();
        string export = PaperExport.ToString(papers, ExportFormat.Json);
        int fifteenth = 0;
        for (int i = 0; i < 16; i++) fifteenth = export.IndexOf("\n  {", fifteenth + 1, StringComparison.Ordinal);
        int published = export.IndexOf("\"published\": \"", fifteenth, StringComparison.Ordinal) + "\"published\": \"".Length;
        string broken = export[..published] + "July 4" + export[(published + "yyyy-MM-dd".Length)..];

        var parts = Read(Encoding.UTF8.GetBytes(broken), blockSize: 256);

        Assert.Equal(Read(Encoding.UTF8.GetBytes(export), blockSize: 256).Papers.Count - 1, parts.Papers.Count);
        Assert.StartsWith("paper 15 skipped", Assert.Single(parts.Diagnostics).Message);
    }

    [Fact]
    public void An_export_over_two_gigabytes_is_read_whole()
    {
        using var folder = new ScratchFolder();
        string path = Path.Combine(folder.Path, "huge.json");
        string padding = new('x', 1 << 20);
        int count = 2049;
        using (var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20))
        {
            file.Write("[\n");
            for (int i = 0; i < count; i++)
                file.Write($"  {{\"id\": \"p{i}\", \"title\": \"Paper {i}\", \"category\": \"cs.CL\", \"published\": \"2024-01-01\", \"abstract\": \"\", \"pad\": \"{padding}\"}}{(i + 1 < count ? "," : "")}\n");
            file.Write("]\n");
        }
        Assert.True(new FileInfo(path).Length > 2L << 30);

        var result = PaperSources.ReadFile(path, TestPapers.Options);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(count, result.Papers.Count);
        Assert.Equal(("p2048", "Paper 2048"), (result.Papers[^1].Id, result.Papers[^1].Title));
    }
}
