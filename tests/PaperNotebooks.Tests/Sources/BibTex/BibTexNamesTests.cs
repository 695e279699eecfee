using PaperNotebooks.Sources.BibTex;

namespace PaperNotebooks.Tests.Sources.BibTex;

public sealed class BibTexNamesTests
{
    [Theory]
    [InlineData("Vaswani, Ashish and Shazeer, Noam", "Ashish Vaswani|Noam Shazeer")]
    [InlineData("Ashish Vaswani and Noam Shazeer", "Ashish Vaswani|Noam Shazeer")]
    [InlineData("Vaswani, Ashish AND Shazeer, Noam", "Ashish Vaswani|Noam Shazeer")]
    [InlineData("M{\\\"u}ller, J{\\\"o}rg", "Jörg Müller")]
    [InlineData("van der Berg, Anna", "Anna van der Berg")]
    [InlineData("King, Jr., Martin Luther", "Martin Luther King Jr.")]
    [InlineData("{OpenAI}", "OpenAI")]
    [InlineData("{Barnes and Noble} and Smith, John", "Barnes and Noble|John Smith")]
    [InlineData("{The BigScience Workshop}", "The BigScience Workshop")]
    [InlineData("Jacobs, Sam Ad{\\'e}", "Sam Adé Jacobs")]
    [InlineData("Sandra\nand\nAlexander", "Sandra|Alexander")]
    [InlineData("Anderson, Pam and Sandberg, Al", "Pam Anderson|Al Sandberg")]
    public void Names_are_split_on_and_outside_braces_and_shown_first_name_first(string raw, string expected)
    {
        var (names, truncated) = BibTexNames.Split(raw);

        Assert.Equal(expected.Split('|'), names);
        Assert.False(truncated);
    }

    [Fact]
    public void And_others_cuts_the_list_short()
    {
        var (names, truncated) = BibTexNames.Split("Touvron, Hugo and Lavril, Thibaut and others");

        Assert.Equal(["Hugo Touvron", "Thibaut Lavril"], names);
        Assert.True(truncated);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" and ")]
    [InlineData(",,,")]
    [InlineData("{")]
    [InlineData("and and and")]
    public void Odd_name_lists_never_throw(string raw)
    {
        var (names, _) = BibTexNames.Split(raw);
        Assert.DoesNotContain("", names);
    }
}
