using System.Text;
using CsCheck;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources;

/// <summary>
/// What every source must do: bad bytes never throw, diagnostics carry lines, a sample reads to the papers it holds
/// (for our exports: the seed listing, exported and read back, gives equal papers), and the registry finds the format
/// by its extension and by its first bytes. A new source passes by deriving from this class.
/// </summary>
public abstract class SourceContract
{
    private protected abstract IPaperSource Source { get; }

    /// <summary>A file of this format and the papers it holds.</summary>
    private protected abstract (byte[] Bytes, IReadOnlyList<Paper> Papers) Sample();

    /// <summary>A file with one broken paper, and the line a diagnostic should name.</summary>
    private protected abstract (string Text, int Line) Broken { get; }

    [Fact]
    public void The_sample_reads_to_the_papers_it_holds()
    {
        var (bytes, papers) = Sample();
        var result = Read(bytes);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(papers.WithoutSource(), result.Papers.WithoutSource());
    }

    [Fact]
    public void Every_paper_read_names_the_source_it_came_from()
    {
        var (bytes, _) = Sample();

        Assert.All(Read(bytes).Papers, paper => Assert.False(string.IsNullOrEmpty(paper.Source)));
    }

    [Fact]
    public void A_broken_paper_is_a_diagnostic_with_its_line()
    {
        var (text, line) = Broken;
        var result = Read(Encoding.UTF8.GetBytes(text));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(line, diagnostic.Line);
        Assert.Equal("contract", diagnostic.Source);
    }

    [Fact]
    public void Bad_bytes_never_throw_and_every_diagnostic_names_a_line_of_the_input()
    {
        var (sample, _) = Sample();
        var mutated = Gen.Select(Gen.Int[0, sample.Length - 1], Gen.Byte.Array[1, 8], Gen.Int[0, sample.Length])
            .Select((at, junk, cut) => sample.Take(cut).Take(at).Concat(junk).Concat(sample.Skip(at + junk.Length)).ToArray());
        Gen.OneOf(Gen.Byte.Array[0, 400], mutated).Sample(bytes =>
        {
            var result = Read(bytes);
            // Lines end as every source counts them: LF, CRLF, or a lone CR.
            int lines = LineEnds.Count(bytes) + 1;
            Assert.All(result.Diagnostics, d => Assert.InRange(d.Line, 0, lines));
        }, iter: 200);
    }

    [Fact]
    public void The_registry_chooses_the_source_by_extension_and_by_its_first_bytes()
    {
        var (bytes, papers) = Sample();
        using var folder = new ScratchFolder();
        // A source with no extension of its own is found in a .json file by its content.
        var byExtension = PaperSources.ReadFile(folder.Write("sample" + (Source.Extensions.FirstOrDefault() ?? ".json"), bytes), TestPapers.Options);
        var bySniffing = PaperSources.Read(new MemoryStream(bytes), TestPapers.Options);

        Assert.Equal(papers.WithoutSource(), byExtension.Papers.WithoutSource());
        Assert.Equal(papers.WithoutSource(), bySniffing.Papers.WithoutSource());
    }

    private ListingParseResult Read(byte[] bytes)
    {
        var sink = new PaperListSink();
        return sink.ToResult(PaperSources.Read(Source, bytes, new SourceContext("contract", TestPapers.Options), sink), null);
    }
}
