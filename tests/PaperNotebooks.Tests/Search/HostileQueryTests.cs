using PaperNotebooks.Search;

namespace PaperNotebooks.Tests.Search;

/// <summary>Malformed queries give a short error naming where they broke, never an exception.</summary>
public sealed class HostileQueryTests
{
    [Theory]
    [InlineData("", QueryErrorCodes.Empty, 0)]
    [InlineData("   ", QueryErrorCodes.Empty, 0)]
    [InlineData("au:\"sam ade jacobs", QueryErrorCodes.UnclosedQuote, 4)]
    [InlineData("deepspeed \"long context", QueryErrorCodes.UnclosedQuote, 11)]
    [InlineData("(deepspeed OR moe", QueryErrorCodes.UnbalancedParenthesis, 1)]
    [InlineData("deepspeed OR (moe AND (chat)", QueryErrorCodes.UnbalancedParenthesis, 14)]
    [InlineData("deepspeed)", QueryErrorCodes.UnbalancedParenthesis, 10)]
    [InlineData("()", QueryErrorCodes.UnbalancedParenthesis, 1)]
    [InlineData("NOT", QueryErrorCodes.MissingOperand, 1)]
    [InlineData("deepspeed NOT", QueryErrorCodes.MissingOperand, 11)]
    [InlineData("deepspeed AND", QueryErrorCodes.MissingOperand, 11)]
    [InlineData("OR deepspeed", QueryErrorCodes.MissingOperand, 1)]
    [InlineData("deepspeed AND OR moe", QueryErrorCodes.MissingOperand, 11)]
    [InlineData("deepspeed -", QueryErrorCodes.MissingOperand, 11)]
    [InlineData("deepspeed - chat", QueryErrorCodes.MissingOperand, 11)]
    [InlineData("ti:", QueryErrorCodes.MissingOperand, 1)]
    [InlineData("moe ti: deepspeed", QueryErrorCodes.MissingOperand, 5)]
    [InlineData("foo:bar", QueryErrorCodes.UnknownField, 1)]
    [InlineData("deepspeed https://github.com", QueryErrorCodes.UnknownField, 11)]
    [InlineData("year:soon", QueryErrorCodes.BadValue, 1)]
    [InlineData("year:2024..2021", QueryErrorCodes.BadValue, 1)]
    [InlineData("moe year:24", QueryErrorCodes.BadValue, 5)]
    [InlineData("has:pdf", QueryErrorCodes.BadValue, 1)]
    [InlineData("de*p", QueryErrorCodes.BadWildcard, 1)]
    [InlineData("moe *", QueryErrorCodes.BadWildcard, 5)]
    [InlineData("*speed", QueryErrorCodes.BadWildcard, 1)]
    [InlineData("the", QueryErrorCodes.NothingToSearch, 1)]
    [InlineData("\"\"", QueryErrorCodes.NothingToSearch, 1)]
    public void A_malformed_query_gets_an_error_with_its_code_and_column(string query, string code, int column)
    {
        var result = SeedPapers.Search(query);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Hits);
        Assert.Equal(code, result.Error!.Code);
        Assert.Equal(column, result.Error.Column);
        Assert.Equal(query, result.Error.Query);
    }

    [Fact]
    public void An_unclosed_quote_names_the_fragment_it_broke_at()
    {
        var error = SeedPapers.Search("au:\"sam ade jacobs AND year:2024").Error!;

        Assert.Equal("column 4: error PN103: the quote at column 4 is never closed: '\"sam ade jacobs AND year:2024'", error.ToString());
        Assert.Equal("au:\"sam ade jacobs AND year:2024\n   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^", error.Pointer);
    }

    [Fact]
    public void An_unknown_prefix_lists_the_fields_there_are()
    {
        var error = SeedPapers.Search("foo:bar").Error!;

        Assert.Contains("unknown field 'foo:'", error.Message);
        Assert.Contains("ti: au: abs: cat: aff: venue: id: arxiv: doi: year: has:", error.Message);
        Assert.Equal(4, error.Length);
    }

    [Fact]
    public void A_very_long_query_is_refused_at_the_column_where_it_passes_the_limit()
    {
        string query = string.Join(' ', Enumerable.Repeat("deepspeed", 200));

        var error = SeedPapers.Search(query).Error!;

        Assert.Equal(QueryErrorCodes.TooLong, error.Code);
        Assert.Equal(PaperSearchIndex.MaxQueryLength + 1, error.Column);
        Assert.Contains($"{query.Length} characters", error.Message);
    }

    [Fact]
    public void Deeply_nested_parentheses_are_refused_without_overflowing_the_stack()
    {
        string query = new string('(', 400) + "moe" + new string(')', 400);

        var error = SeedPapers.Search(query).Error!;

        Assert.Equal(QueryErrorCodes.TooComplex, error.Code);
        Assert.Equal(33, error.Column);
    }

    [Fact]
    public void Many_words_under_the_length_limit_still_run()
    {
        string query = string.Join(" OR ", Enumerable.Repeat("moe", 140));

        Assert.True(query.Length <= PaperSearchIndex.MaxQueryLength);
        Assert.Equal(2, SeedPapers.Search(query).TotalHits);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(PaperSearchIndex.MaxTop + 1)]
    public void A_number_of_results_out_of_range_is_an_error(int top)
    {
        Assert.Equal(QueryErrorCodes.BadTop, SeedPapers.Search("moe", top).Error!.Code);
    }

    [Fact]
    public void A_null_query_is_an_empty_query()
    {
        Assert.Equal(QueryErrorCodes.Empty, SeedPapers.Search(null!).Error!.Code);
    }

    [Theory]
    [InlineData("\u0000\u0001\uFFFF")]
    [InlineData("\uE000deepspeed\uE001")]
    [InlineData("ti:\"\" OR moe")]
    [InlineData("::: ;;; ???")]
    [InlineData("\"")]
    [InlineData("-")]
    [InlineData("((((")]
    [InlineData("))))")]
    [InlineData("AND OR NOT")]
    [InlineData("year:..")]
    [InlineData("cat:")]
    [InlineData("au:(")]
    [InlineData("𝔡𝔢𝔢𝔭 ﬁ é")]
    public void Garbage_never_throws(string query)
    {
        var result = SeedPapers.Search(query);

        Assert.True(result.Succeeded || result.Error is { Column: >= 0, Message.Length: > 0 });
    }

    [Fact]
    public void The_index_keeps_working_after_an_error()
    {
        Assert.False(SeedPapers.Search("(moe").Succeeded);
        Assert.Equal(["liu2024grin", "abdin2024phi"], SeedPapers.Ids("moe"));
    }
}
