using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using PaperNotebooks.Export;

namespace PaperNotebooks.Topics;

/// <summary>A topic model's papers as rows (<c>key, arxiv_id, title, topic, topic_label</c>, in the papers' order) in
/// CSV or JSON, and its topic table as text.</summary>
public static class TopicExport
{
    public static readonly string[] Columns = ["key", "arxiv_id", "title", "topic", "topic_label"];

    public static void WriteCsv(TopicModel model, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, CsvPaperFormat.WriterOptions, leaveOpen: true);
        foreach (var column in Columns) csv.WriteField(column);
        csv.EndRecord();
        for (int i = 0; i < model.Papers.Count; i++)
        {
            var paper = model.Papers[i];
            int topic = model.TopicOf(i);
            csv.WriteField(paper.Id);
            csv.WriteField(paper.ArxivId ?? "");
            csv.WriteField(paper.Title);
            csv.WriteField(topic);
            csv.WriteField(model.LabelOf(topic));
            csv.EndRecord();
        }
        csv.Flush();
    }

    public static void WriteJson(TopicModel model, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        for (int i = 0; i < model.Papers.Count; i++)
        {
            var paper = model.Papers[i];
            int topic = model.TopicOf(i);
            json.WriteStartObject();
            json.WriteString("key", paper.Id);
            if (paper.ArxivId is null) json.WriteNull("arxiv_id");
            else json.WriteString("arxiv_id", paper.ArxivId);
            json.WriteString("title", paper.Title);
            json.WriteNumber("topic", topic);
            json.WriteString("topic_label", model.LabelOf(topic));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The topic table for a terminal: notes, then one line per topic (number, size, label, terms) with its
    /// most central title, then the outliers.</summary>
    public static void WriteTable(TopicModel model, TextWriter writer)
    {
        foreach (var note in model.Notes) writer.WriteLine(note);
        writer.WriteLine($"{"topic",5}  {"papers",6}  terms / most central paper");
        foreach (var topic in model.Topics)
        {
            writer.WriteLine($"{topic.Id,5}  {topic.Size,6}  {string.Join(", ", topic.Terms)}");
            if (topic.Central.Count > 0) writer.WriteLine($"{"",5}  {"",6}  · {Charts.Drawing.PlotlyText.Shorten(topic.Central[0].Title, 100)}");
        }
        if (model.OutlierCount > 0) writer.WriteLine($"{TopicModel.OutlierTopic,5}  {model.OutlierCount,6}  {TopicModel.OutlierLabel}");
    }
}
