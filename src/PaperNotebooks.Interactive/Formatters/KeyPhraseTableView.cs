using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>Key phrases as a table of rank, phrase and papers containing it.</summary>
internal static class KeyPhraseTableView
{
    public static PocketView Html(KeyPhraseTable phrases)
    {
        IHtmlContent body = phrases.Phrases.Count == 0
            ? div(em("No key phrases."))
            : table[style: HtmlStyles.Table](
                thead(tr(th[style: HtmlStyles.Cell]("#"), th[style: HtmlStyles.Cell]("phrase"), th[style: HtmlStyles.Cell]("papers"))),
                tbody(phrases.Phrases.Select((p, i) => (IHtmlContent)tr(
                    td[style: HtmlStyles.Cell]((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    td[style: HtmlStyles.Cell](p.Phrase),
                    td[style: HtmlStyles.Cell](PaperText.Count(p.Count)))).ToList()));
        return div[@class: "paper-keyphrases"](div[style: HtmlStyles.Muted](phrases.Caption), body);
    }

    public static string Text(KeyPhraseTable table)
    {
        var text = new StringBuilder().AppendLine(table.Caption);
        if (table.Phrases.Count == 0) return text.Append("No key phrases.").ToString();
        int width = Math.Min(40, table.Phrases.Max(p => p.Phrase.Length));
        text.AppendLine($"{"#",3}  {"phrase".PadRight(width)}  papers");
        for (int i = 0; i < table.Phrases.Count; i++)
        {
            var p = table.Phrases[i];
            text.AppendLine($"{i + 1,3}  {PaperText.Cut(p.Phrase, width).PadRight(width)}  {PaperText.Count(p.Count)}");
        }
        return text.ToString().TrimEnd();
    }
}
