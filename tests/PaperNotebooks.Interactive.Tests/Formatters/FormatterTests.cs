using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Analytics;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Sources;
using PaperNotebooks.Model;

namespace PaperNotebooks.Interactive.Tests;

public sealed class FormatterTests
{
    public FormatterTests() => PaperFormatters.Register();

    private static readonly Paper Plain = new()
    {
        Id = "doe2024plain",
        Title = "A Plain Paper",
        Authors = ["Jane Doe", "John Roe", "Ann Poe", "Bob Loe"],
        Category = "cs.LG",
        CategoryName = "Machine Learning",
        Published = new DateOnly(2024, 7, 4),
        Abstract = "Nothing to see.",
        Line = 1,
    };

    private static readonly Paper Hostile = Plain with
    {
        Id = "evil2024x",
        Title = "<script>alert('t')</script>",
        Authors = ["<img src=x onerror=alert('a')>"],
        AuthorsTruncated = true,
        Affiliations = ["<b>lab</b>"],
        Category = "\"><script>alert('c')</script>",
        CategoryName = "\" onmouseover=\"alert('n')",
        HasCode = true,
        CodeUrl = "javascript:alert('u')",
        Score = 0.5,
        Abstract = "<iframe src=javascript:alert('x')></iframe>",
    };

    [Theory]
    [InlineData(false, false, "")]
    [InlineData(true, false, "(read from the papers while the search index is built)")]
    [InlineData(true, true, "scores estimated from a sample, so the order may differ slightly")]
    public void A_search_answered_before_the_index_was_built_says_so(bool scanned, bool estimated, string said)
    {
        var result = new PaperNotebooks.Search.SearchResult { Query = "attention", Scanned = scanned, ScoresEstimated = estimated };

        string text = Formatter.ToDisplayString(result, PlainTextFormatter.MimeType);
        var html = Dom.Parse(Formatter.ToDisplayString(result, HtmlFormatter.MimeType));

        Assert.Contains(said, text);
        Assert.Contains(said, html.Body!.TextContent);
        Assert.Equal(scanned, text.Contains("read from the papers", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hostile_paper_card_renders_every_field_as_text()
    {
        var card = Dom.Parse(Formatter.ToDisplayString(Hostile, HtmlFormatter.MimeType));

        Assert.Empty(card.QuerySelectorAll("script, img, iframe, b"));
        Assert.Empty(Dom.EventHandlers(card));
        Assert.DoesNotContain(card.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<script>alert('t')</script>", card.Body!.TextContent);
        Assert.Contains("<img src=x onerror=alert('a')> et al.", card.Body!.TextContent);
    }

    [Fact]
    public void A_hostile_paper_in_a_table_renders_as_text()
    {
        var table = Dom.Parse(Formatter.ToDisplayString(new PaperCollection([Hostile, Plain]), HtmlFormatter.MimeType));

        Assert.Empty(table.QuerySelectorAll("script, img"));
        Assert.DoesNotContain(table.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<script>", table.QuerySelector("table")!.TextContent);
    }

    [Fact]
    public void The_card_has_title_authors_with_et_al_date_category_code_score_abstract_and_id()
    {
        var paper = Plain with { AuthorsTruncated = true, HasCode = true, CodeUrl = "https://github.com/a/b", Score = 0.875, Affiliations = ["lab-a", "lab-b"], YearInferred = true };

        var card = Dom.Parse(Formatter.ToDisplayString(paper, HtmlFormatter.MimeType));
        string text = Formatter.ToDisplayString(paper, PlainTextFormatter.MimeType);

        string shown = Dom.Text(card.Body!);
        Assert.Contains("A Plain Paper", shown);
        Assert.Contains("Jane Doe, John Roe, Ann Poe, Bob Loe et al.", shown);
        Assert.Contains("2024-07-04", shown);
        Assert.Contains("(year inferred)", shown);
        Assert.Single(card.QuerySelectorAll("[title='Machine Learning']"));
        Assert.Single(card.QuerySelectorAll("a[href='https://github.com/a/b']"));
        Assert.Contains("score 0.875", shown);
        Assert.Contains("lab-a; lab-b", shown);
        var details = Assert.Single(card.QuerySelectorAll("details"));
        Assert.Equal("Abstract", details.QuerySelector("summary")!.TextContent);
        Assert.Equal("Nothing to see.", details.QuerySelector("p")!.TextContent);
        Assert.Contains(card.QuerySelectorAll("code"), c => c.TextContent == "doe2024plain");
        Assert.Equal(
            "A Plain Paper\nJane Doe, John Roe, Ann Poe, Bob Loe et al.\n2024-07-04 (year inferred) · cs.LG (Machine Learning) · code: https://github.com/a/b · score 0.875\nlab-a; lab-b\nNothing to see.\nid doe2024plain",
            text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_card_links_the_arxiv_id_and_doi_and_names_the_venue_update_and_source()
    {
        var paper = Plain with
        {
            ArxivId = "2309.14509", Doi = "10.1145/3458817.3476209", Url = "https://dl.acm.org/doi/10.1145/3458817.3476209",
            Venue = "SC '21", Updated = new DateOnly(2024, 8, 1), Source = "/home/me/refs.bib",
        };

        var card = Dom.Parse(Formatter.ToDisplayString(paper, HtmlFormatter.MimeType));
        string text = Formatter.ToDisplayString(paper, PlainTextFormatter.MimeType);

        Assert.Single(card.QuerySelectorAll("a[href='https://arxiv.org/abs/2309.14509']"));
        Assert.Single(card.QuerySelectorAll("a[href='https://doi.org/10.1145/3458817.3476209']"));
        // The publisher's page is the DOI's page: one link, not two.
        Assert.Empty(card.QuerySelectorAll("a[href='https://dl.acm.org/doi/10.1145/3458817.3476209']"));
        Assert.Contains("SC '21 · arXiv:2309.14509 · doi:10.1145/3458817.3476209 · updated 2024-08-01 · from refs.bib\n", text.ReplaceLineEndings("\n"));
        Assert.Single(card.QuerySelectorAll("[title='/home/me/refs.bib']"));
    }

    [Fact]
    public void A_hostile_page_address_or_venue_in_a_card_is_text_and_never_a_script_link()
    {
        var paper = Hostile with { Url = "javascript:alert('p')", Venue = "<script>alert('v')</script>", Source = "<b>s</b>" };

        var card = Dom.Parse(Formatter.ToDisplayString(paper, HtmlFormatter.MimeType));

        Assert.Empty(card.QuerySelectorAll("script, b"));
        Assert.DoesNotContain(card.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<script>alert('v')</script>", card.Body!.TextContent);
    }

    [Fact]
    public void A_large_collection_shows_one_page_of_25_rows_and_states_the_total()
    {
        var papers = new PaperCollection(Enumerable.Range(1, 1000).Select(i => Plain with { Id = $"p{i}", Title = $"Paper {i}" }), "/data/big.txt");

        var table = Dom.Parse(Formatter.ToDisplayString(papers, HtmlFormatter.MimeType));
        string text = Formatter.ToDisplayString(papers, PlainTextFormatter.MimeType);

        Assert.Equal(25 + 1, table.QuerySelectorAll("tr").Length);
        Assert.Contains("Showing the first 25 of 1,000 papers.", Dom.Text(table.Body!));
        Assert.Contains("1,000 papers from big.txt", Dom.Text(table.Body!));
        Assert.Contains("Paper 25", text);
        Assert.DoesNotContain("Paper 26", text);
        Assert.Contains("Showing the first 25 of 1,000 papers.", text);
    }

    [Fact]
    public void The_table_shows_first_authors_with_et_al()
    {
        string text = Formatter.ToDisplayString(new PaperCollection([Plain]), PlainTextFormatter.MimeType);

        Assert.Contains("Jane Doe, John Roe, Ann Poe et al.", text);
        var table = Dom.Parse(Formatter.ToDisplayString(new PaperCollection([Plain]), HtmlFormatter.MimeType));
        Assert.Contains(table.QuerySelectorAll("td"), td => Dom.Text(td) == "Jane Doe, John Roe, Ann Poe et al.");
    }

    [Fact]
    public void Statistics_have_html_and_text_views()
    {
        var stats = ListingStatistics.Compute([Plain, Plain with { Id = "b", Published = new DateOnly(2023, 1, 1), HasCode = true }]);

        Assert.Contains("Papers per year", Dom.Text(Dom.Parse(Formatter.ToDisplayString(stats, HtmlFormatter.MimeType)).Body!));
        Assert.Contains("2 papers, 2023-01-01 to 2024-07-04; with code: 1 (50.0%)", Formatter.ToDisplayString(stats, PlainTextFormatter.MimeType));
    }

    [Fact]
    public void A_diagnostic_shows_its_line_severity_code_and_message()
    {
        var diagnostic = new SourceDiagnostic("PN002", DiagnosticSeverity.Error, "x.txt", 12, "'Feb 31' is not a <date>");

        Assert.Equal("line 12: error PN002: 'Feb 31' is not a <date>", Formatter.ToDisplayString(diagnostic, PlainTextFormatter.MimeType));
        var html = Dom.Parse(Formatter.ToDisplayString(diagnostic, HtmlFormatter.MimeType));
        Assert.Contains("line 12", Dom.Text(html.Body!));
        Assert.Contains("'Feb 31' is not a <date>", html.Body!.TextContent);
        Assert.Empty(html.QuerySelectorAll("date"));
    }
}
