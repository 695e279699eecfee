using CsCheck;
using PaperNotebooks.Text;

namespace PaperNotebooks.Tests.Text;

public sealed class SmallWordSetTests
{
    [Theory]
    [InlineData(StringComparison.Ordinal)]
    [InlineData(StringComparison.OrdinalIgnoreCase)]
    public void A_small_word_set_holds_what_a_hash_set_with_the_same_comparison_holds(StringComparison comparison)
    {
        var comparer = comparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        var word = Gen.String[Gen.Char["aAbBİıß. "], 0, 5];
        Gen.Select(word.Array[0, 30], word.Array[0, 30]).Sample((words, asked) =>
        {
            var expected = new HashSet<string>(words, comparer);
            var set = new SmallWordSet(words, comparison);
            foreach (string w in words.Concat(asked)) Assert.Equal(expected.Contains(w), set.Contains(w));
        });
    }

    [Fact]
    public void A_small_word_set_takes_only_ordinal_comparisons()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmallWordSet(["a"], StringComparison.InvariantCultureIgnoreCase));
        Assert.False(new SmallWordSet([]).Contains("a"));
    }
}
