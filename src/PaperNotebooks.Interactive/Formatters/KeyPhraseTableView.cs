using System.Text;
using Microsoft.AspNetCore.Html;

using static PaperNotebooks.Interactive.Formatters.TableCells;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>Key phrases as a table of rank, phrase and papers containing it.</summary>
internal static class KeyPhraseTableView
{
    public static IHtmlContent Html(KeyPhraseTable phrases)
    {
        var rows = phrases.Phrases.Select((p, i) => (IHtmlContent)HtmlNode.Of("tr",
            Td((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Td(p.Phrase),
            Td(PaperText.Count(p.Count)))).ToList();
        return HtmlNode.Of("div", HtmlNode.Of("div", phrases.Caption).Style(HtmlStyles.Muted), TableOr("No key phrases.", Header("#", "phrase", "papers"), rows))
            .Attr("class", "paper-keyphrases");
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
