using PaperNotebooks.Model;
using PaperNotebooks.Tests.Export;

namespace PaperNotebooks.Tests.Model;

public sealed class PaperSchemaTests
{
    [Fact]
    public void Every_settable_field_of_a_paper_is_in_the_schema_once()
    {
        var settable = typeof(Paper).GetProperties()
            .Where(p => p.SetMethod is not null && p.Name != nameof(Paper.Provenance))
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])
            .Order();
        Assert.Equal(settable, PaperSchema.Names.Order());
        Assert.Equal(PaperSchema.Names.Count, PaperSchema.Names.Distinct().Count());
    }

    [Fact]
    public void Papers_that_differ_in_any_field_are_not_equal()
    {
        var paper = SamplePapers.Plain;
        foreach (var field in PaperSchema.Fields)
        {
            var other = PaperSchema.Unshared();
            foreach (var copied in PaperSchema.Fields.Where(f => f != field))
                Assert.True(copied.TryParseText(copied.ToText(paper), other));
            Assert.True(paper != other || field.ToText(paper) == field.ToText(PaperSchema.Blank), field.Name);
        }
    }

    [Fact]
    public void A_paper_read_field_by_field_is_filled_in_place_and_the_blank_paper_stays_blank()
    {
        var blank = PaperSchema.Blank with { };
        var read = PaperSchema.Unshared();

        foreach (var field in PaperSchema.Fields) Assert.True(field.TryParseText(field.ToText(SamplePapers.Plain), read), field.Name);

        Assert.Equal(SamplePapers.Plain, read);
        Assert.Equal(blank, PaperSchema.Blank);
        Assert.NotSame(PaperSchema.Blank, PaperSchema.Unshared());
    }

    [Fact]
    public void Papers_with_equal_lists_in_different_instances_are_equal()
    {
        var copy = SamplePapers.Plain with
        {
            Authors = [.. SamplePapers.Plain.Authors],
            Affiliations = [.. SamplePapers.Plain.Affiliations],
            Links = [.. SamplePapers.Plain.Links],
        };
        Assert.Equal(SamplePapers.Plain, copy);
        Assert.Equal(SamplePapers.Plain.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(SamplePapers.Plain, copy with { Links = ["https://example.org/other"] });
    }

    [Fact]
    public void Listing_facts_are_kept_in_the_provenance_and_read_through_the_paper()
    {
        var paper = SamplePapers.Plain with { Line = 7, YearInferred = true };
        Assert.Equal(new PaperProvenance(7, true, 67.5, "refs.bib"), paper.Provenance);
        Assert.Equal(7, paper.Line);
        Assert.True(paper.YearInferred);
        Assert.Equal(67.5, paper.Score);
        Assert.Equal("refs.bib", paper.Source);
    }
}
