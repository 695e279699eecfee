using PaperNotebooks.Text;

namespace PaperNotebooks.Tests.Text;

public sealed class ExcerptTests
{
    [Fact]
    public void Short_text_is_quoted_as_is()
    {
        Assert.Equal("deepspeed", Excerpt.Of("deepspeed"));
    }

    [Fact]
    public void Long_text_is_shortened_to_about_80_characters_and_says_how_much_was_left_out()
    {
        string excerpt = Excerpt.Of(new string('a', 100_000));

        Assert.True(excerpt.Length < 110, excerpt);
        Assert.Contains("(99,921 characters)", excerpt);
    }

    [Fact]
    public void A_surrogate_pair_is_never_split()
    {
        string text = string.Concat(Enumerable.Repeat("😀", 200));

        string excerpt = Excerpt.Of(text);

        Assert.DoesNotContain(excerpt, c => char.IsSurrogate(c) && !char.IsSurrogatePair(excerpt, excerpt.IndexOf(c)) && !(excerpt.IndexOf(c) > 0 && char.IsSurrogatePair(excerpt, excerpt.IndexOf(c) - 1)));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(excerpt) > 0);
        Assert.Equal(excerpt, new string(excerpt.EnumerateRunes().SelectMany(r => r.ToString()).ToArray()));
    }

    [Fact]
    public void Line_breaks_become_spaces()
    {
        Assert.Equal("a b c", Excerpt.Of("a\nb\r\nc"));
    }
}
