using System.Text;
using Microsoft.AspNetCore.Html;
using PaperNotebooks.Interactive.Directives;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>The usage of <c>#!paper</c>: per subcommand, its usage line, what it does, its parameters and examples.</summary>
internal static class HelpView
{
    public static IHtmlContent Html(PaperHelp help)
    {
        var sections = help.Subcommands.Select(s => (IHtmlContent)HtmlNode.Of("div",
                HtmlNode.Of("div", HtmlNode.Of("code", s.Usage)),
                HtmlNode.Of("div", s.Summary).Style(HtmlStyles.Muted),
                HtmlNode.Of("ul", s.Parameters.Select(p => (IHtmlContent)HtmlNode.Of("li", HtmlNode.Of("code", p.Name), " ", p.Description)).ToList()),
                HtmlNode.Of("div", "Examples:"),
                HtmlNode.Of("pre", string.Join("\n", s.Examples)))
            .Style("margin:6px 0")).ToList();
        return HtmlNode.Of("div", sections).Attr("class", "paper-help");
    }

    public static string Text(PaperHelp help)
    {
        var text = new StringBuilder();
        foreach (var s in help.Subcommands)
        {
            text.AppendLine(s.Usage);
            text.AppendLine("  " + s.Summary);
            foreach (var p in s.Parameters) text.AppendLine($"    {p.Name,-12} {p.Description}");
            foreach (var example in s.Examples) text.AppendLine("  e.g. " + example);
            text.AppendLine();
        }
        return text.ToString().TrimEnd();
    }
}
