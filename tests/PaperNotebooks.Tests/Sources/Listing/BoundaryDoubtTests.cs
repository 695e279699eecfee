using System.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources.Listing;

/// <summary>PN008 said where a reading is likely wrong (issue 14): the shapes that wrong boundaries leave, not the margin alone.</summary>
public sealed class BoundaryDoubtTests
{
    private static readonly ListingReadOptions Options = new() { AsOf = new DateOnly(2026, 7, 31) };

    [Theory]
    [InlineData("Wildfire Smoke Segmentation with SkyNetQ and Fume", "SegLenaFolake Adeyemi")]      // a name glued to a non-name
    [InlineData("Mapping Coral Reefs on the Reef", "Zonar atlasHanna Berg")]                            // a lower-case title word glued to a name
    [InlineData("Fast Graph Partitioning with Parti5", "KitSofia Lind")]                               // a given name after a term's first half
    [InlineData("Coastal Flood Forecasting with Tide", "Model TechnicalReportSeaNet Team")]              // a later title word glued to a capital
    [InlineData("Scene Parsing with Depth CuesHanna Berg, Ra", "Vi Das")]                              // the title runs into an author list
    [InlineData("Open Weights at Scale: The QuanLi Series for ReasoningQuan", "Li")]                   // a lone author after a glued title end
    public void A_reading_with_the_shape_of_a_wrong_boundary_is_in_doubt(string title, string firstAuthor) =>
        Assert.True(BoundaryDoubt.Of(title, firstAuthor));

    [Theory]
    [InlineData("A Survey of Efficient Inference for Large Language Models", "MinJun Park")]           // a compound given name
    [InlineData("Segmenting Lung Nodules with SwinUNet", "Hanna Berg")]
    [InlineData("World Models for Embodied Agents", "GeoWorld Team")]                                  // a group named like a term
    [InlineData("Learning, Reasoning, and Planning for Tool Use", "Mei Chen")]
    [InlineData("Reward Models for Web Agents with ToolBench", "Oskar Holm")]
    public void A_reading_without_those_shapes_is_not_in_doubt(string title, string firstAuthor) =>
        Assert.False(BoundaryDoubt.Of(title, firstAuthor));

    [Fact]
    public void A_confident_reading_in_doubt_is_reported_with_both_readings()
    {
        var result = PaperListingReader.Parse(Listing("Wildfire Smoke Segmentation with SkyNetQ and FumeSegLenaFolake Adeyemi, Ravi Das"), Options);

        var note = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.AmbiguousBoundary);
        Assert.Equal(2, note.Line);
        Assert.Contains("first author 'SegLenaFolake Adeyemi'", note.Message);
        Assert.Contains("first author 'LenaFolake Adeyemi'", note.Message);
    }

    [Fact]
    public void A_compound_given_name_after_an_ordinary_title_word_is_read_without_a_note()
    {
        var result = PaperListingReader.Parse(Listing("A Survey of Efficient Inference for Large Language ModelsMinJun Park, Ana Silva"), Options);

        Assert.Equal(["MinJun Park", "Ana Silva"], result.Papers[0].Authors);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void The_second_half_of_a_compound_given_name_seen_elsewhere_does_not_overturn_a_reading_without_doubt()
    {
        var result = PaperListingReader.Parse(Listing(
            "Token Pruning for Vision Transformers with Q^2BMinJun Park, Ana Silva, Wei Zhang",
            "Sparse Mixtures of Experts for SpeechJun Park, Lena Fischer"), Options);

        Assert.Equal(["MinJun Park", "Ana Silva", "Wei Zhang"], result.Papers[0].Authors);
    }

    [Fact]
    public void An_author_list_without_commas_is_read_from_the_first_name_glued_to_the_title_and_kept_as_written()
    {
        var result = PaperListingReader.Parse(Listing(
            "Sparse Attention for Long Document RetrievalHanna Berg Tomas Lind Mei Chen Oskar Holm Lena Park Ravi Das Ana Costa Jun Ito Sara Nyman"), Options);

        var paper = Assert.Single(result.Papers);
        Assert.Equal("Sparse Attention for Long Document Retrieval", paper.Title);
        Assert.Equal(["Hanna Berg Tomas Lind Mei Chen Oskar Holm Lena Park Ravi Das Ana Costa Jun Ito Sara Nyman"], paper.Authors);
        var note = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.OddAuthor, DiagnosticSeverity.Warning, 2), (note.Code, note.Severity, note.Line));
        Assert.Contains("comma-separated", note.Message);
    }

    [Fact]
    public void A_line_with_no_name_glued_to_a_title_word_is_still_all_title()
    {
        var result = PaperListingReader.Parse(Listing("a line of lower-case words with no author list at all"), Options);

        Assert.Empty(result.Papers[0].Authors);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NoAuthors);
    }

    private static string Listing(params string[] titleLines)
    {
        var text = new StringBuilder();
        foreach (var line in titleLines) text.Append("CLMar 3, 2026\n").Append(line).Append("\nAn abstract.\n");
        return text.ToString();
    }
}
