using Newtonsoft.Json.Linq;
using PaperNotebooks.Charts;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;
using PaperNotebooks.Model;
using XPlot.Plotly;

namespace PaperNotebooks.Tests.Charts;

/// <summary>Papers to chart: the seed listing, made-up papers at scale, and the figure behind a chart.</summary>
internal static class ChartPapers
{
    public static PaperCollection Seed => TestPapers.Seed;

    public static Paper Paper(string id, string title, DateOnly published, string category = "cs.LG", params string[] authors) => new()
    {
        Id = id,
        Title = title,
        Authors = authors,
        Category = category,
        CategoryName = ArxivCategories.FindById(category)?.Name,
        Published = published,
        Abstract = "",
    };

    /// <summary>
    /// <paramref name="count"/> papers over 1995–2026 in about 60 categories (some of them codes arXiv does not know),
    /// by authors drawn from a pool of 5,000, a third with code. The same papers on every call.
    /// </summary>
    public static PaperCollection Synthetic(int count)
    {
        var categories = ArxivCategories.All.Take(55).Select(c => c.Id).Concat(["XX", "YY", "ZZ", "QQ", "WW"]).ToArray();
        var papers = new Paper[count];
        for (int i = 0; i < count; i++)
        {
            int month = (int)((long)i * 7919 % (32 * 12));
            var published = new DateOnly(1995 + month / 12, month % 12 + 1, 1 + i % 28);
            // Skewed so that categories and authors have clear leaders, as real listings do.
            string category = categories[(int)Math.Min(categories.Length - 1, Math.Floor(Math.Pow(i * 0.6180339887 % 1, 3) * categories.Length))];
            int lead = (int)(Math.Pow((i * 0.7548776662) % 1, 4) * 5000);
            var authors = Enumerable.Range(0, 1 + i % 4).Select(k => $"Author {(lead + k * 37) % 5000}").ToArray();
            papers[i] = Paper($"p{i}", $"Synthetic paper {i} on topic {category}", published, category, authors) with { HasCode = i % 3 == 0 };
        }
        return new PaperCollection(papers);
    }

    /// <summary>The plotly figure of a chart, <c>{"data":[...],"layout":{...}}</c>.</summary>
    public static JObject Figure(PlotlyChart chart) => JObject.Parse(PlotlyHtml.FigureJson(chart));
}
