using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Topics;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>A topic model as a table: topic, papers, label, distinctive terms, the three most central papers and the
/// top authors; the notes (model, how k was chosen, fallbacks) above it. Every text goes through PocketView, which
/// HTML-encodes it.</summary>
internal static class TopicModelView
{
    public static PocketView Html(TopicModel model)
    {
        var header = tr(
            th[style: HtmlStyles.Cell]("topic"), th[style: HtmlStyles.Cell]("papers"), th[style: HtmlStyles.Cell]("label"),
            th[style: HtmlStyles.Cell]("terms"), th[style: HtmlStyles.Cell]("central papers"), th[style: HtmlStyles.Cell]("top authors"));
        var rows = model.Topics.Select(t => (IHtmlContent)tr(
            td[style: HtmlStyles.Cell](t.Id.ToString(CultureInfo.InvariantCulture)),
            td[style: HtmlStyles.Cell](PaperText.Count(t.Size)),
            td[style: HtmlStyles.Cell](b(t.Label)),
            td[style: HtmlStyles.Cell](string.Join(", ", t.Terms)),
            td[style: HtmlStyles.Cell](t.Central.Select(p => (IHtmlContent)div(p.Title)).ToList()),
            td[style: HtmlStyles.Cell](Authors(model, t.Id)))).ToList();
        if (model.OutlierCount > 0)
            rows.Add(tr(
                td[style: HtmlStyles.Cell](TopicModel.OutlierTopic.ToString(CultureInfo.InvariantCulture)),
                td[style: HtmlStyles.Cell](PaperText.Count(model.OutlierCount)),
                td[style: HtmlStyles.Cell](em(TopicModel.OutlierLabel)),
                td[style: HtmlStyles.Cell](""), td[style: HtmlStyles.Cell](""), td[style: HtmlStyles.Cell]("")));
        return div[@class: "paper-topics"](
            model.Notes.Select(n => (IHtmlContent)div[style: HtmlStyles.Muted](n)).ToList(),
            table[style: HtmlStyles.Table](thead(header), tbody(rows)));
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
