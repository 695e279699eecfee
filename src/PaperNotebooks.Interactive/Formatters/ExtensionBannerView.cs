using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>The banner shown when the extension loads.</summary>
internal static class ExtensionBannerView
{
    /// <summary>What the extension adds, its subcommands named as help lists them.</summary>
    public static string Added { get; } =
        $"adds the #!paper magic command ({string.Join(", ", Directives.PaperGrammar.SubcommandNames)}) and views of papers, collections, statistics, diagnostics and charts.";

    public static PocketView Html(ExtensionBanner banner) =>
        div[@class: "paper-banner"](
            div(b("PaperNotebooks " + banner.Version), " ", Added),
            div("Try:"),
            ul(banner.Examples.Select(e => (IHtmlContent)li(code(e))).ToList()));

    public static string Text(ExtensionBanner banner)
    {
        var text = new StringBuilder($"PaperNotebooks {banner.Version} {Added}").AppendLine().Append("Try:");
        foreach (var example in banner.Examples) text.AppendLine().Append("  ").Append(example);
        return text.ToString();
    }
}
