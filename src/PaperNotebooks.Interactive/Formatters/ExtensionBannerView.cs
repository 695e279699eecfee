using System.Text;
using Microsoft.AspNetCore.Html;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>The banner shown when the extension loads.</summary>
internal static class ExtensionBannerView
{
    /// <summary>What the extension adds, its subcommands named as help lists them.</summary>
    public static string Added { get; } =
        $"adds the #!paper magic command ({string.Join(", ", Directives.PaperGrammar.SubcommandNames)}) and views of papers, collections, statistics, diagnostics and charts.";

    public static IHtmlContent Html(ExtensionBanner banner) =>
        HtmlNode.Of("div",
                HtmlNode.Of("div", HtmlNode.Of("b", "PaperNotebooks " + banner.Version), " ", Added),
                HtmlNode.Of("div", "Try:"),
                HtmlNode.Of("ul", banner.Examples.Select(e => (IHtmlContent)HtmlNode.Of("li", HtmlNode.Of("code", e))).ToList()))
            .Attr("class", "paper-banner");

    public static string Text(ExtensionBanner banner)
    {
        var text = new StringBuilder($"PaperNotebooks {banner.Version} {Added}").AppendLine().Append("Try:");
        foreach (var example in banner.Examples) text.AppendLine().Append("  ").Append(example);
        return text.ToString();
    }
}
