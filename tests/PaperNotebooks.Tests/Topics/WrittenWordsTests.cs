using CsCheck;
using PaperNotebooks.Topics;

namespace PaperNotebooks.Tests.Topics;

/// <summary>The vocabulary's table of words as written holds what a <see cref="Dictionary{TKey, TValue}"/> would.</summary>
public sealed class WrittenWordsTests
{
    [Fact]
    public void Words_as_written_are_found_only_as_written_with_the_ids_they_were_added_with()
    {
        // Words of every length around the hash's steps of four characters, accents and other scripts, and words that
        // differ in one character or in case only.
        var words = Gen.Select(Gen.Char["aAbzé-’日"].Array[1, 14], Gen.Int[0, 3]).Select((chars, variant) => new string(chars) + new string('x', variant));
        words.Array[0, 3_000].Sample(list =>
        {
            var table = new WrittenWords();
            var expected = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
            foreach (string word in list)
            {
                if (expected.ContainsKey(word)) continue;
                expected[word] = (expected.Count + 1, word.Length);
                table.Add(word, expected[word]);
            }
            Assert.Equal(expected.Count, table.Count);
            Assert.Equal(expected.Select(e => (e.Key, e.Value)), table.Entries().Select(e => (e.Written, e.Ids)));
            foreach (var (word, ids) in expected)
            {
                Assert.True(table.TryGetValue(("[" + word + "]").AsSpan(1, word.Length), out var found));
                Assert.Equal(ids, found);
                string other = word.ToUpperInvariant() == word ? word.ToLowerInvariant() : word.ToUpperInvariant();
                Assert.Equal(expected.ContainsKey(other), table.TryGetValue(other, out _));
                Assert.Equal(expected.ContainsKey(word + "a"), table.TryGetValue(word + "a", out _));
            }
        }, iter: 40);
    }

    [Fact]
    public void Words_that_share_their_first_eight_characters_are_told_apart_by_the_rest()
    {
        string[] words = ["transformer", "transformers", "transformed", "transfor", "transfo", "transformersé", "trânsformer"];
        var table = new WrittenWords();
        for (int i = 0; i < words.Length; i++) table.Add(words[i], (i + 1, i + 1));

        for (int i = 0; i < words.Length; i++)
        {
            Assert.True(table.TryGetValue(("(" + words[i] + ")").AsSpan(1, words[i].Length), out var ids));
            Assert.Equal((i + 1, i + 1), ids);
        }
        Assert.False(table.TryGetValue("transformer\u0000", out _));
        Assert.False(table.TryGetValue("transforme", out _));
        Assert.False(table.TryGetValue("transformerx", out _));
    }
}
