using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Newtonsoft.Json.Linq;

namespace PaperNotebooks.Tests.Charts;

/// <summary>A rendered chart read as a browser would: the elements of the page, and the values its script sets.</summary>
internal sealed partial class ChartMarkup
{
    private ChartMarkup(IDocument page) => Page = page;

    public IDocument Page { get; }

    public static ChartMarkup Parse(string html) => new(new HtmlParser().ParseDocument(html));

    /// <summary>The one chart element of the page.</summary>
    public IElement Div => Assert.Single(Page.QuerySelectorAll("div.papernb-chart"));

    /// <summary>The one script element of the page.</summary>
    public IElement Script => Assert.Single(Page.Scripts);

    /// <summary>The figure the script draws.</summary>
    public JObject Figure => JObject.Parse(FigureStatement().Match(Script.TextContent).Groups[1].Value);

    /// <summary>A value of the script's first <c>var</c> statement (<c>id</c>, <c>src</c>, <c>timeout</c>, <c>message</c>)
    /// as JavaScript reads it.</summary>
    public JToken Variable(string name)
    {
        var match = Regex.Match(Script.TextContent, $@"\b{name} = (""(?:[^""\\]|\\.)*""|[^,;]+)");
        Assert.True(match.Success, $"The script sets no {name}.");
        return JToken.Parse(match.Groups[1].Value);
    }

    [GeneratedRegex(@"var figure = (\{.*\});\r?\n")]
    private static partial Regex FigureStatement();
}
