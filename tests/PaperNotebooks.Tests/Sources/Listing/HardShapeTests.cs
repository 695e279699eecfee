using System.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources.Listing;

/// <summary>The shapes of real title/author lines that the reader once got wrong (issue 14), and evidence from the whole file.</summary>
public sealed class HardShapeTests
{
    private static readonly string SpecPath = Path.Combine(AppContext.BaseDirectory, "Sources", "Listing", "Specs", "hard-shapes.txt");

    public static TheoryData<TitleAuthorSpec> Cases()
    {
        var data = new TheoryData<TitleAuthorSpec>();
        foreach (var spec in TitleAuthorSpec.Load(SpecPath)) data.Add(spec);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_hard_shape_splits_into_the_expected_title_and_authors(TitleAuthorSpec spec)
    {
        var split = TitleAuthorSplitter.Split(spec.Input);

        Assert.Equal(spec.Title, split.Title);
        Assert.Equal(spec.Authors, split.Authors);
        Assert.Equal(spec.Truncated, split.AuthorsTruncated);
    }

    [Fact]
    public void The_lexicon_of_names_and_title_words_is_embedded_and_knows_both_kinds()
    {
        var lexicon = TitleAuthorLexicon.Shared;

        Assert.True(lexicon.Count > 10_000);
        Assert.True(lexicon["Wang"].NameOdds > 2);
        Assert.True(lexicon["Learning"].NameOdds < -2);
        Assert.False(lexicon["Zzyzxqwv"].IsKnown);
    }

    [Fact]
    public void The_lexicon_answers_each_word_of_its_file_with_the_files_first_counts_and_nothing_else()
    {
        using var stream = typeof(TitleAuthorLexicon).Assembly.GetManifestResourceStream("PaperNotebooks.Listing.lexicon.tsv.gz")!;
        using var reader = new StreamReader(new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress));
        var expected = new Dictionary<string, WordCounts>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (line.Length == 0 || line[0] == '#' || fields.Length != 4) continue;
            expected.TryAdd(fields[0], new WordCounts(int.Parse(fields[1]), int.Parse(fields[2]), int.Parse(fields[3])));
        }
        var lexicon = TitleAuthorLexicon.Shared;

        Assert.Equal(expected.Count, lexicon.Count);
        foreach (var (word, counts) in expected)
        {
            Assert.Equal(counts, lexicon[word]);
            Assert.Equal(expected.GetValueOrDefault(word[..^1]), lexicon[word.AsSpan(0, word.Length - 1)]);
            Assert.Equal(expected.GetValueOrDefault(word + "e"), lexicon[word + "e"]);
        }
        Assert.False(lexicon[""].IsKnown);
    }

    [Fact]
    public void A_close_call_keeps_the_other_reading_for_the_second_pass()
    {
        var split = TitleAuthorSplitter.Split(Ambiguous);

        Assert.NotNull(split.Alternative);
        Assert.True(split.Margin < TitleAuthorSplitter.AmbiguityMargin);
        Assert.Equal(["Giovanna Tosato", "MatGiovanna Tosato"], new[] { split.Authors[0], split.OtherReading! }.Order());
    }

    [Fact]
    public void An_author_read_without_doubt_elsewhere_in_the_listing_settles_an_ambiguous_boundary()
    {
        const string ambiguous = Ambiguous;
        var alone = PaperListingReader.Parse(Listing(ambiguous), Options);
        var split = TitleAuthorSplitter.Split(ambiguous);
        string other = split.OtherReading!;
        string otherTitle = split.Alternative!.Title;

        var withEvidence = PaperListingReader.Parse(Listing(
            "Scaling Laws for Sparse Retrieval Models" + other + ", Lena Fischer",
            ambiguous,
            "Graph Neural Networks for Traffic Forecasting" + other + ", Tomasz Nowak"), Options);

        var settled = withEvidence.Papers.Single(p => p.Line == 4);
        Assert.Equal(other, settled.Authors[0]);
        Assert.Equal(otherTitle, settled.Title);
        Assert.NotEqual(other, alone.Papers[0].Authors[0]);
        Assert.DoesNotContain(withEvidence.Diagnostics, d => d.Code == DiagnosticCodes.AmbiguousBoundary);
        Assert.Equal([1, 4, 7], withEvidence.Papers.Select(p => p.Line));
    }

    [Fact]
    public void An_unsettled_close_call_says_both_readings_with_the_title_end_and_the_first_author()
    {
        var result = PaperListingReader.Parse(Listing(Ambiguous), Options);
        var split = TitleAuthorSplitter.Split(Ambiguous);

        Assert.True(split.InDoubt || split.Margin < TitleAuthorSplitter.FlagMargin);
        var note = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.AmbiguousBoundary);
        Assert.Equal(2, note.Line);
        Assert.Contains($"first author '{split.Authors[0]}'", note.Message);
        Assert.Contains($"first author '{split.OtherReading}'", note.Message);
        Assert.Contains("the title ending", note.Message);
    }

    [Fact]
    public void A_term_that_other_titles_of_the_listing_spell_whole_settles_an_ambiguous_boundary()
    {
        const string ambiguous = "Fast Graph Partitioning on Shared Memory with Parti5KitSofia Lind, Jun Ito";
        var alone = PaperListingReader.Parse(Listing(ambiguous), Options);

        var withEvidence = PaperListingReader.Parse(Listing(
            "Parti5Kit: A Toolkit for Streaming Graph PartitionsOskar Holm, Mei Chen",
            ambiguous), Options);

        Assert.Equal("KitSofia Lind", alone.Papers[0].Authors[0]);
        var settled = withEvidence.Papers[1];
        Assert.Equal("Fast Graph Partitioning on Shared Memory with Parti5Kit", settled.Title);
        Assert.Equal(["Sofia Lind", "Jun Ito"], settled.Authors);
        Assert.DoesNotContain(withEvidence.Diagnostics, d => d.Code == DiagnosticCodes.AmbiguousBoundary);
    }

    [Fact]
    public void A_title_term_settles_a_boundary_that_would_cut_a_compound_given_name()
    {
        const string ambiguous = "Benchmarking Agents on Scientific Workflows with SciFlowMariaTeresa Rossi, Jun Ito";
        var withEvidence = PaperListingReader.Parse(Listing(
            ambiguous,
            "SciFlow: Declarative Pipelines for Laboratory RobotsHanna Berg, Ravi Das"), Options);

        var settled = withEvidence.Papers[0];
        Assert.Equal("Benchmarking Agents on Scientific Workflows with SciFlow", settled.Title);
        Assert.Equal(["MariaTeresa Rossi", "Jun Ito"], settled.Authors);
    }

    [Fact]
    public void A_title_term_counts_for_statistics_too_where_titles_are_never_made_strings()
    {
        var listing = Listing(
            "Parti5Kit: A Toolkit for Streaming Graph PartitionsOskar Holm, Mei Chen",
            "Fast Graph Partitioning on Shared Memory with Parti5KitSofia Lind, Jun Ito");
        var counts = new CountsSink();

        var diagnostics = PaperSources.Read(new MemoryStream(Encoding.UTF8.GetBytes(listing)), "test.txt", Options, null, counts);

        Assert.Equal(["Oskar Holm", "Sofia Lind"], counts.Papers.Select(p => p.Authors[0]));
        Assert.All(counts.Papers, p => Assert.Equal("", p.Title));
        Assert.DoesNotContain(diagnostics.Kept, d => d.Code == DiagnosticCodes.AmbiguousBoundary);
    }

    /// <summary>Reads the way statistics do: titles left empty.</summary>
    private sealed class CountsSink : IPaperSink
    {
        public List<Paper> Papers { get; } = [];
        public PaperDetail Detail => PaperDetail.Counts;
        public void Begin(int parts) { }
        public Action<Paper> Part(int part) => paper => { lock (Papers) Papers.Add(paper); };
    }

    [Fact]
    public void An_author_field_that_is_no_name_is_kept_as_written_and_said_so()
    {
        var result = PaperListingReader.Parse(Listing("Orca-7: Open Agents for Tool UseOrca-AGI Team, :, Lina Park et al."), Options);

        Assert.Equal(["Orca-AGI Team", ":", "Lina Park"], result.Papers[0].Authors);
        var note = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.OddAuthor, DiagnosticSeverity.Warning, 2), (note.Code, note.Severity, note.Line));
        Assert.Contains("':'", note.Message);
    }

    // In the shape of a real close call the reader still gets wrong: a tool's CamelCase name that the lexicon does not
    // know ("Kadi4Mat") ends the title and runs into the first author, whose reading then looks glued.
    private const string Ambiguous = "Battery Data Management between FINALES and Kadi4MatGiovanna Tosato, Leon Merker, Monika Vogler";

    private static readonly ListingReadOptions Options = new() { AsOf = new DateOnly(2026, 7, 31) };

    private static string Listing(params string[] titleLines)
    {
        var text = new StringBuilder();
        foreach (var line in titleLines) text.Append("CLMar 3, 2026\n").Append(line).Append("\nAn abstract.\n");
        return text.ToString();
    }
}
