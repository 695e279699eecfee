using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using PaperNotebooks.Topics;

using static PaperNotebooks.Interactive.Formatters.TableCells;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>A topic model as a table: topic, papers, label, distinctive terms, the three most central papers and the
/// top authors; the notes (model, how k was chosen, fallbacks) above it. Every text is HTML-encoded.</summary>
internal static class TopicModelView
{
    public static IHtmlContent Html(TopicModel model)
    {
        var header = Header("topic", "papers", "label", "terms", "central papers", "top authors");
        var rows = model.Topics.Select(t => (IHtmlContent)HtmlNode.Of("tr",
            Td(t.Id.ToString(CultureInfo.InvariantCulture)),
            Td(PaperText.Count(t.Size)),
            Td(HtmlNode.Of("b", t.Label)),
            Td(string.Join(", ", t.Terms)),
            Td(t.Central.Select(p => (IHtmlContent)HtmlNode.Of("div", p.Title)).ToList()),
            Td(Authors(model, t.Id)))).ToList();
        if (model.OutlierCount > 0)
            rows.Add(HtmlNode.Of("tr",
                Td(TopicModel.OutlierTopic.ToString(CultureInfo.InvariantCulture)),
                Td(PaperText.Count(model.OutlierCount)),
                Td(HtmlNode.Of("em", TopicModel.OutlierLabel)),
                Td(""), Td(""), Td("")));
        return HtmlNode.Of("div",
                model.Notes.Select(n => (IHtmlContent)HtmlNode.Of("div", n).Style(HtmlStyles.Muted)).ToList(),
                HtmlNode.Of("table", HtmlNode.Of("thead", header), HtmlNode.Of("tbody", rows)).Style(HtmlStyles.Table))
            .Attr("class", "paper-topics");
    }

    public static string Text(TopicModel model)
    {
        var text = new StringBuilder();
        foreach (var note in model.Notes) text.AppendLine(note);
        foreach (var t in model.Topics)
        {
            text.AppendLine($"{t.Id,3}  {PaperText.Count(t.Size),6}  {t.Label}  ({string.Join(", ", t.Terms)})");
            foreach (var paper in t.Central) text.AppendLine($"{"",13}· {PaperText.Cut(paper.Title, 90)}");
            string authors = Authors(model, t.Id);
            if (authors.Length > 0) text.AppendLine($"{"",13}authors: {authors}");
        }
        if (model.OutlierCount > 0) text.AppendLine($"{TopicModel.OutlierTopic,3}  {PaperText.Count(model.OutlierCount),6}  {TopicModel.OutlierLabel}");
        return text.ToString().TrimEnd();
    }

    private static string Authors(TopicModel model, int topic) =>
        string.Join(", ", model.TopAuthors(topic, 3).Where(a => a.Papers > 1).Select(a => $"{a.Author} ({a.Papers})"));
}
