using CsCheck;
using PaperNotebooks.Text;

namespace PaperNotebooks.Tests.Text;

public sealed class LettersTests
{
    [Fact]
    public void Every_character_is_classed_as_char_classes_it()
    {
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            Assert.True(char.IsUpper(c) == Letters.IsUpper(c), $"IsUpper U+{i:X4}");
            Assert.True(char.IsLower(c) == Letters.IsLower(c), $"IsLower U+{i:X4}");
            Assert.True(char.IsLetter(c) == Letters.IsLetter(c), $"IsLetter U+{i:X4}");
            Assert.True(char.IsDigit(c) == Letters.IsDigit(c), $"IsDigit U+{i:X4}");
            Assert.True(char.IsLetterOrDigit(c) == Letters.IsLetterOrDigit(c), $"IsLetterOrDigit U+{i:X4}");
            Assert.True(char.IsWhiteSpace(c) == Letters.IsWhiteSpace(c), $"IsWhiteSpace U+{i:X4}");
        }
    }

    [Fact]
    public void A_short_search_finds_a_character_where_the_runtimes_search_does()
    {
        Gen.String[Gen.Char["ab ,-"], 0, 40].Sample(text =>
        {
            foreach (char c in " ,-x")
            {
                Assert.Equal(text.AsSpan().IndexOf(c), ShortSearch.IndexOf(text, c));
                Assert.Equal(text.AsSpan().LastIndexOf(c), ShortSearch.LastIndexOf(text, c));
            }
        });
    }
}
