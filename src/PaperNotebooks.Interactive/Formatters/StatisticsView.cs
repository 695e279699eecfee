using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using PaperNotebooks.Analytics;

using static PaperNotebooks.Interactive.Formatters.TableCells;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>Statistics of papers: counts by year (with bars) and by category, top authors, share with code.</summary>
internal static class StatisticsView
{
    public static string Headline(ListingStatistics stats)
    {
        string range = stats.FirstPublished is { } first && stats.LastPublished is { } last
            ? $", {first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : "";
        return $"{PaperText.Plural(stats.PaperCount, "paper", "papers")}{range}; " +
               $"with code: {PaperText.Count(stats.WithCode)} ({PaperText.Percent(stats.CodeShare)})";
    }

    public static IHtmlContent Html(ListingStatistics stats)
    {
        int most = stats.PerYear.Count == 0 ? 1 : stats.PerYear.Max(y => y.Papers);
        var years = stats.PerYear.Select(y => (IHtmlContent)HtmlNode.Of("tr",
            Td(y.Year.ToString(CultureInfo.InvariantCulture)),
            Td(PaperText.Count(y.Papers), HtmlStyles.Cell + ";text-align:right"),
            Td(HtmlNode.Of("span").Style($"{HtmlStyles.Bar};width:{Math.Max(1, 200 * y.Papers / most)}px")))).ToList();
        var categories = stats.PerCategory.Select(c => (IHtmlContent)HtmlNode.Of("tr",
            Td(c.Category).Attr("title", c.Name ?? "not a known arXiv category"),
            Td(PaperText.Count(c.Papers), HtmlStyles.Cell + ";text-align:right"),
            Td(c.Name ?? ""))).ToList();
        var authors = stats.TopAuthors.Select(a => (IHtmlContent)HtmlNode.Of("tr",
            Td(a.Name),
            Td(PaperText.Count(a.Papers), HtmlStyles.Cell + ";text-align:right"))).ToList();

        var html = HtmlNode.Of("div", HtmlNode.Of("div", Headline(stats)).Style(HtmlStyles.Title)).Attr("class", "paper-statistics");
        if (stats.YearsInferred > 0) html.With(HtmlNode.Of("div", $"{PaperText.Count(stats.YearsInferred)} with the {PaperText.InferredNote}").Style(HtmlStyles.Muted));
        return html.With(Section("Papers per year", years), Section("Papers per category", categories), Section("Top authors", authors));
    }


    private static IHtmlContent Section(string heading, List<IHtmlContent> rows) =>
        HtmlNode.Of("div",
                HtmlNode.Of("div", heading).Style("font-weight:600"),
                rows.Count == 0 ? HtmlNode.Of("em", "none") : HtmlNode.Of("table", HtmlNode.Of("tbody", rows)).Style(HtmlStyles.Table))
            .Style("display:inline-block;vertical-align:top;margin:6px 24px 6px 0");

    public static string Text(ListingStatistics stats)
    {
        var text = new StringBuilder();
        text.AppendLine(Headline(stats));
        if (stats.YearsInferred > 0) text.AppendLine($"{PaperText.Count(stats.YearsInferred)} with the {PaperText.InferredNote}");
        text.AppendLine().AppendLine("papers per year");
        int most = stats.PerYear.Count == 0 ? 1 : stats.PerYear.Max(y => y.Papers);
        foreach (var year in stats.PerYear)
        {
            text.AppendLine($"  {year.Year}  {PaperText.Count(year.Papers),7}  {new string('#', (int)Math.Ceiling(30.0 * year.Papers / most))}");
        }
        text.AppendLine().AppendLine("papers per category");
        foreach (var category in stats.PerCategory)
        {
            text.AppendLine($"  {category.Category,-12} {PaperText.Count(category.Papers),7}  {category.Name}".TrimEnd());
        }
        text.AppendLine().AppendLine("top authors");
        int rank = 0;
        foreach (var author in stats.TopAuthors)
        {
            text.AppendLine($"  {++rank,3}. {author.Name,-32} {PaperText.Count(author.Papers),7}");
        }
        return text.ToString().TrimEnd();
    }
}
