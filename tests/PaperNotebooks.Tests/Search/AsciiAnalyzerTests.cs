using CsCheck;
using Lucene.Net.Analysis.TokenAttributes;
using PaperNotebooks.Search;
using PaperNotebooks.Search.Scanning;

namespace PaperNotebooks.Tests.Search;

/// <summary>The scan's analyzer for ASCII gives the words of <see cref="PaperAnalyzer"/> at the same positions.</summary>
public sealed class AsciiAnalyzerTests
{
    private static readonly string[] Pieces =
    [
        "DeepSpeed", "DeepSpeed-Chat", "model's", "Model'S", "models'", "U.S.", "U.S.A", "3.5b", "b3.5", "e.g.", "a:b", "1:2",
        "1,000", "1,a", "a,1", "_x_", "__", "_", "x_1", "GPT-4", "the", "THE", "of", "InTo", "To", "long-context", "x'y",
        "'s", "s'", "MoE", "GRadient", "ResNet50", "FlashAttention2", "v1.2.3", "a.b.c.", "3D", "x", "A", "an", "Be", "it's",
        "DeepSpeed4Science", "LLaMA", "iPhone", "O'Brien", "van", "der", new string('a', 256), new string('b', 255), "1.2,3;4",
        "a'", "'a", "..", "a..b", "1..2", "abc:", ":abc", "AI/ML", "[CLS]", "(a)", "x.y's", "don't", "TheOf", "OfThe", "ToBe",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "-", ".", ",", ";", ":", "'", "_", "/", "(", ")", "\n", "\"", "", "  ", "\t", "!", "?", "=", "@", "#"];

    private static readonly Gen<string> Text =
        Gen.Select(Gen.Int[0, Pieces.Length - 1], Gen.Int[0, Separators.Length - 1]).Array[0, 14]
            .Select(picks => string.Concat(picks.Select(p => Pieces[p.Item1] + Separators[p.Item2])));

    [Fact]
    public void Titles_and_abstracts_give_the_same_words_at_the_same_positions_as_the_index_analyzer() =>
        Text.Sample(text => Assert.Equal(ByLucene(SearchFields.Title, text), ByScan(text, prose: true)), iter: 3_000, seed: "0XLcS1LP7rU9");

    [Fact]
    public void Names_give_the_same_words_at_the_same_positions_as_the_index_analyzer() =>
        Text.Sample(text => Assert.Equal(ByLucene(SearchFields.Authors, text), ByScan(text, prose: false)), iter: 1_000, seed: "0XLcS1LP7rU9");

    private static readonly string[] Beyond =
    [
        "Müller", "naïve", "Zürich", "Adé", "García", "ÉCOLE", "Łukasz", "İstanbul", "ıi", "Ørsted", "Æther", "Straße", "x²", "co\u00ADop",
        "Ⓐb", "日本語", "model’s", "model‘s", "don’t", "—", "–", "“quoted”", "…", "·", "a·b", "\u00A0", "±", "∑x", "→", "©", "ǅ", "ﬁne",
        "e\u0301", "Ａ", "α-helix", "β", "Δx", "€5", "°C", "•", "§2",
    ];

    private static readonly Gen<string> TextBeyondAscii =
        Gen.Select(Gen.Int[0, Pieces.Length + Beyond.Length - 1], Gen.Int[0, Separators.Length - 1]).Array[0, 10]
            .Select(picks => string.Concat(picks.Select(p => (p.Item1 < Pieces.Length ? Pieces[p.Item1] : Beyond[p.Item1 - Pieces.Length]) + Separators[p.Item2])));

    [Fact]
    public void Text_beyond_ASCII_mapped_to_ASCII_gives_the_index_analyzer_words()
    {
        int mapped = 0;
        TextBeyondAscii.Sample(text =>
        {
            var ascii = new char[text.Length];
            if (!AsciiMapping.TryMap(text, ascii)) return;
            mapped++;
            Assert.Equal(ByLucene(SearchFields.Title, text), ByScan(new string(ascii), prose: true));
            Assert.Equal(ByLucene(SearchFields.Authors, text), ByScan(new string(ascii), prose: false));
        }, iter: 3_000, threads: 1, seed: "0XLcS1LP7rU9");
        Assert.True(mapped > 500, $"only {mapped} texts mapped");
    }

    [Theory]
    [InlineData("Straße")]
    [InlineData("x²")]
    [InlineData("co\u00ADop")]
    [InlineData("model‘s")]
    [InlineData("日本語")]
    [InlineData("e\u0301")]
    [InlineData("Ⓐ")]
    [InlineData("a·b")]
    [InlineData("3‘4")]
    public void Characters_whose_place_in_a_word_ASCII_cannot_keep_leave_the_text_to_Lucene(string text) =>
        Assert.False(AsciiMapping.TryMap(text, new char[text.Length]));

    [Theory]
    [InlineData("Müller—Zürich “naïve” model’s", "Muller Zurich  naive  model's")]
    [InlineData("3 × 4 ≈ 12 · x", "3   4   12   x")]
    public void Accented_letters_keep_their_case_and_breaking_marks_become_spaces(string text, string expected)
    {
        var ascii = new char[text.Length];
        Assert.True(AsciiMapping.TryMap(text, ascii));
        Assert.Equal(expected, new string(ascii));
    }

    [Theory]
    [InlineData("DeepSpeed-Chat's training of the MoE: 3.5b params, e.g. U.S. data")]
    [InlineData("The Of InTo ToBe it's")]
    [InlineData("")]
    [InlineData("--- ... ___ ,,,")]
    public void Hard_cases_give_the_index_analyzer_words(string text)
    {
        Assert.Equal(ByLucene(SearchFields.Abstract, text), ByScan(text, prose: true));
        Assert.Equal(ByLucene(SearchFields.Authors, text), ByScan(text, prose: false));
    }

    private static List<(string, int)> ByLucene(string field, string text)
    {
        var words = new List<(string, int)>();
        using var stream = PaperAnalyzer.Instance.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add((term.ToString(), increment.PositionIncrement));
        stream.End();
        return words;
    }

    private static List<(string, int)> ByScan(string text, bool prose)
    {
        var sink = new Collect([]);
        AsciiAnalyzer.Analyze(text, prose, [], new char[text.Length], ref sink);
        return sink.Words;
    }

    private readonly struct Collect(List<(string, int)> words) : IWordSink
    {
        public List<(string, int)> Words => words;

        public bool Wants(int length) => true;

        public void Word(ReadOnlySpan<char> term, int increment) => words.Add((term.ToString(), increment));

        public void Skip(int increment) => throw new InvalidOperationException("every word is wanted");
    }
}
