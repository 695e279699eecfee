using PaperNotebooks.Model;
using PaperNotebooks.Analytics;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;
using PaperNotebooks.Text;

namespace PaperNotebooks.Tests.Text;

public sealed class AccentFoldingTests
{
    [Theory]
    [InlineData('é', "e")]
    [InlineData('Ö', "o")]
    [InlineData('ł', "ł")]
    [InlineData('A', "a")]
    [InlineData('\u0301', "")]
    [InlineData('Ж', "ж")]
    [InlineData('张', "张")]
    public void Characters_fold_to_lower_case_without_accents(char c, string expected) => Assert.Equal(expected, AccentFolding.Of(c));

    [Fact]
    public void Names_and_keys_with_emoji_or_combining_marks_fold_without_throwing()
    {
        Assert.Equal("sam ade jacobs", AuthorIdentity.Key("Sam Ade\u0301 Jacobs"));
        Assert.Equal("ana 🎉 lee", AuthorIdentity.Key("Ana 🎉 Lee"));
        Assert.Equal("lee2024party", PaperKey.Create("Ana Lee", 2024, "🎉 Party Time"));
    }
}
