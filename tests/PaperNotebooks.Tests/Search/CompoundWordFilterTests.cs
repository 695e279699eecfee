using PaperNotebooks.Search;

namespace PaperNotebooks.Tests.Search;

public sealed class CompoundWordFilterTests
{
    [Theory]
    [InlineData("DeepSpeed", "Deep Speed")]
    [InlineData("DeepSpeed4Science", "DeepSpeed Deep Speed Science")]
    [InlineData("SuperOffload", "Super Offload")]
    [InlineData("ChatGPT", "Chat GPT")]
    [InlineData("GPTModel", "GPT Model")]
    [InlineData("deepspeed4science", "deepspeed science")]
    [InlineData("MoE", "")]
    [InlineData("GRadient", "")]
    [InlineData("training", "")]
    [InlineData("Training", "")]
    public void Compound_names_give_their_words_as_parts(string token, string parts)
    {
        var found = new List<(int Start, int Length)>();
        CompoundWordFilter.FindParts(token, found);

        Assert.Equal(parts, string.Join(' ', found.Select(p => token.Substring(p.Start, p.Length))));
    }

    [Fact]
    public void Parts_stack_on_the_whole_word_so_phrases_still_match()
    {
        var terms = PaperAnalyzer.Instance.Terms(SearchFields.Title, "DeepSpeed-Chat's Offloading");

        Assert.Equal(["deepspeed", "deep", "speed", "chat", "offloading"], terms);
        Assert.Equal(["yao2023deepspeed"], SeedPapers.Ids("\"speed chat\""));
    }
}
