using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Interactive.Directives;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>The usage of <c>#!paper</c>: per subcommand, its usage line, what it does, its parameters and examples.</summary>
internal static class HelpView
{
    public static PocketView Html(PaperHelp help)
    {
        var sections = help.Subcommands.Select(s => (IHtmlContent)div[style: "margin:6px 0"](
            div(code(s.Usage)),
            div[style: HtmlStyles.Muted](s.Summary),
            ul(s.Parameters.Select(p => (IHtmlContent)li(code(p.Name), " ", p.Description)).ToList()),
            div("Examples:"),
            pre(string.Join("\n", s.Examples)))).ToList();
        return div[@class: "paper-help"](sections);
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
