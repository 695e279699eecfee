using PaperNotebooks.Text;
using PaperNotebooks.Interactive.Directives;

namespace PaperNotebooks.Interactive.Tests;

public sealed class DirectiveLineTests
{
    [Fact]
    public void Free_words_after_show_are_kept_in_order()
    {
        var line = DirectiveLine.Parse("#!paper show long context training --from mine");

        Assert.Equal("show", line.Subcommand);
        Assert.Equal(["long", "context", "training"], line.Words);
        Assert.Equal([("--from", (string?)"mine")], line.Parameters);
    }

    [Fact]
    public void Quoted_values_keep_their_spaces_and_lose_their_quotes()
    {
        var line = DirectiveLine.Parse("#!paper list --author \"Sam Ade Jacobs\" --has-code --top 3");

        Assert.Equal([("--author", (string?)"Sam Ade Jacobs"), ("--has-code", null), ("--top", "3")], line.Parameters);
        Assert.Empty(line.Words);
    }

    [Fact]
    public void A_negative_number_is_a_value_not_a_parameter()
    {
        var line = DirectiveLine.Parse("#!paper list --top -1");

        Assert.Equal([("--top", (string?)"-1")], line.Parameters);
    }

    [Fact]
    public void A_word_that_is_no_subcommand_is_reported_as_unknown()
    {
        var line = DirectiveLine.Parse("#!paper lsit");

        Assert.Null(line.Subcommand);
        Assert.Equal("lsit", line.UnknownSubcommand);
    }

    [Fact]
    public void Load_takes_several_paths_as_words_but_no_words_beside_a_named_path()
    {
        Assert.Equal(["a.txt"], DirectiveLine.Parse("#!paper load a.txt").Check(PaperGrammar.Find("load")!));
        Assert.Equal(["a.bib", "my listing.txt"], DirectiveLine.Parse("#!paper load a.bib \"my listing.txt\"").Check(PaperGrammar.Find("load")!));
        Assert.Throws<PaperCommandException>(() => DirectiveLine.Parse("#!paper load --path a b").Check(PaperGrammar.Find("load")!));
    }

    [Theory]
    [InlineData("--catgory", "--category")]
    [InlineData("--cat", "--category")]
    [InlineData("--hascode", "--has-code")]
    [InlineData("--frm", "--from")]
    [InlineData("--zzzzzzzz", null)]
    public void The_nearest_parameter_is_suggested_only_when_close(string typed, string? expected)
    {
        Assert.Equal(expected, NearestName.Find(typed, PaperGrammar.Find("list")!.Parameters.Select(p => p.Name)));
    }
}
