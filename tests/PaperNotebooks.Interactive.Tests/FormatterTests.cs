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

    [Fact]
    public void A_hostile_paper_card_renders_every_field_as_text()
    {
        string html = Formatter.ToDisplayString(Hostile, HtmlFormatter.MimeType);

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<iframe", html);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("href=\"javascript", html);
        Assert.DoesNotContain("\" onmouseover=\"", html);
        Assert.Contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=alert(&#39;a&#39;)&gt; et al.", html);
    }

    [Fact]
    public void A_hostile_paper_in_a_table_renders_as_text()
    {
        string html = Formatter.ToDisplayString(new PaperCollection([Hostile, Plain]), HtmlFormatter.MimeType);

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("href=\"javascript", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void The_card_has_title_authors_with_et_al_date_category_code_score_abstract_and_id()
    {
        var paper = Plain with { AuthorsTruncated = true, HasCode = true, CodeUrl = "https://github.com/a/b", Score = 0.875, Affiliations = ["lab-a", "lab-b"], YearInferred = true };

        string html = Formatter.ToDisplayString(paper, HtmlFormatter.MimeType);
        string text = Formatter.ToDisplayString(paper, PlainTextFormatter.MimeType);

        Assert.Contains("A Plain Paper", html);
        Assert.Contains("Jane Doe, John Roe, Ann Poe, Bob Loe et al.", html);
        Assert.Contains("2024-07-04", html);
        Assert.Contains("(year inferred)", html);
        Assert.Contains("title=\"Machine Learning\"", html);
        Assert.Contains("href=\"https://github.com/a/b\"", html);
        Assert.Contains("score 0.875", html);
        Assert.Contains("lab-a; lab-b", html);
        Assert.Contains("<details><summary>Abstract</summary><p>Nothing to see.</p></details>", html);
        Assert.Contains("<code>doe2024plain</code>", html);
        Assert.Equal(
            "A Plain Paper\nJane Doe, John Roe, Ann Poe, Bob Loe et al.\n2024-07-04 (year inferred) · cs.LG (Machine Learning) · code: https://github.com/a/b · score 0.875\nlab-a; lab-b\nNothing to see.\nid doe2024plain",
            text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_large_collection_shows_one_page_of_25_rows_and_states_the_total()
    {
        var papers = new PaperCollection(Enumerable.Range(1, 1000).Select(i => Plain with { Id = $"p{i}", Title = $"Paper {i}" }), "/data/big.txt");

        string html = Formatter.ToDisplayString(papers, HtmlFormatter.MimeType);
        string text = Formatter.ToDisplayString(papers, PlainTextFormatter.MimeType);

        Assert.Equal(25 + 1, html.Split("<tr").Length - 1);
        Assert.Contains("Showing the first 25 of 1,000 papers.", html);
        Assert.Contains("1,000 papers from big.txt", html);
        Assert.Contains("Paper 25", text);
        Assert.DoesNotContain("Paper 26", text);
        Assert.Contains("Showing the first 25 of 1,000 papers.", text);
    }

    [Fact]
    public void The_table_shows_first_authors_with_et_al()
    {
        string text = Formatter.ToDisplayString(new PaperCollection([Plain]), PlainTextFormatter.MimeType);

        Assert.Contains("Jane Doe, John Roe, Ann Poe et al.", text);
        Assert.Contains("Jane Doe, John Roe, Ann Poe et al.", Formatter.ToDisplayString(new PaperCollection([Plain]), HtmlFormatter.MimeType));
    }

    [Fact]
    public void Statistics_have_html_and_text_views()
    {
        var stats = ListingStatistics.Compute([Plain, Plain with { Id = "b", Published = new DateOnly(2023, 1, 1), HasCode = true }]);

        Assert.Contains("Papers per year", Formatter.ToDisplayString(stats, HtmlFormatter.MimeType));
        Assert.Contains("2 papers, 2023-01-01 to 2024-07-04; with code: 1 (50.0%)", Formatter.ToDisplayString(stats, PlainTextFormatter.MimeType));
    }

    [Fact]
    public void A_diagnostic_shows_its_line_severity_code_and_message()
    {
        var diagnostic = new SourceDiagnostic("PN002", DiagnosticSeverity.Error, "x.txt", 12, "'Feb 31' is not a <date>");

        Assert.Equal("line 12: error PN002: 'Feb 31' is not a <date>", Formatter.ToDisplayString(diagnostic, PlainTextFormatter.MimeType));
        string html = Formatter.ToDisplayString(diagnostic, HtmlFormatter.MimeType);
        Assert.Contains("line 12", html);
        Assert.Contains("&lt;date&gt;", html);
    }
}
