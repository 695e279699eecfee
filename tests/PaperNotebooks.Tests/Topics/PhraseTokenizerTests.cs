using CsCheck;
using PaperNotebooks.Topics;

namespace PaperNotebooks.Tests.Topics;

/// <summary>The tokenizer's words end where the rule says, however their characters fall in blocks of eight.</summary>
public sealed class PhraseTokenizerTests
{
    [Fact]
    public void A_word_ends_after_its_letters_and_digits_and_the_dots_between_digits()
    {
        // ASCII letters and digits around every block boundary, dots, hyphens, spaces, letters and digits of other scripts
        // (é, Ω, ٣, 日), the halves of a surrogate pair (neither), and the rest.
        var unit = Gen.Frequency(
            (8, Gen.Char["abcxyzABCXYZ0189"]),
            (2, Gen.Char[".-' \t"]),
            (2, Gen.Char["éΩ٣日\u00AA\u00B5\u00D7\u2019"]),
            (1, Gen.Char["\uD835\uDC00"]),
            (1, Gen.Char));
        Gen.Select(unit.Array[1, 60], Gen.Int[0, 59]).Sample((chars, at) =>
        {
            string text = new(chars);
            int start = at % text.Length;
            if (!char.IsLetterOrDigit(text[start])) return;   // a word starts at a letter or digit
            int expected = start;
            while (expected < text.Length && (char.IsLetterOrDigit(text[expected])
                || (text[expected] == '.' && expected + 1 < text.Length && char.IsDigit(text[expected + 1]) && char.IsDigit(text[expected - 1]))))
                expected++;
            Assert.Equal(expected, PhraseTokenizer.WordEnd(text, start));
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("transformers are", 0, 12)]
    [InlineData("GPT-4 model", 0, 3)]
    [InlineData("version 3.5.1b of", 8, 14)]
    [InlineData("ends with 3.", 10, 11)]
    [InlineData("naïveté matters", 0, 7)]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789", 3, 36)]
    public void A_word_ends_where_a_reader_would_end_it(string text, int start, int end) =>
        Assert.Equal(end, PhraseTokenizer.WordEnd(text, start));
}
