using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources.Listing;

public sealed class TitleAuthorSplitterTests
{
    private static readonly string SpecPath = Path.Combine(AppContext.BaseDirectory, "Sources", "Listing", "Specs", "title-author-lines.txt");

    public static TheoryData<TitleAuthorSpec> Cases()
    {
        var data = new TheoryData<TitleAuthorSpec>();
        foreach (var spec in TitleAuthorSpec.Load(SpecPath)) data.Add(spec);
        return data;
    }

    [Fact]
    public void The_spec_file_has_at_least_forty_cases() => Assert.True(TitleAuthorSpec.Load(SpecPath).Count >= 40);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_spec_line_splits_into_the_expected_title_authors_and_affiliations(TitleAuthorSpec spec)
    {
        var split = TitleAuthorSplitter.Split(spec.Input);

        Assert.Equal(spec.Title, split.Title);
        Assert.Equal(spec.Authors, split.Authors);
        Assert.Equal(spec.Truncated, split.AuthorsTruncated);
        Assert.Equal(spec.Affiliations, split.Affiliations);
    }

    [Fact]
    public void A_line_without_any_author_keeps_the_whole_line_as_the_title()
    {
        var split = TitleAuthorSplitter.Split("an untitled note without authors");

        Assert.Equal("an untitled note without authors", split.Title);
        Assert.Empty(split.Authors);
    }
}
