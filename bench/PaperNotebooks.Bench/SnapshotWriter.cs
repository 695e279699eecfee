using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PaperNotebooks.Bench;

/// <summary>
/// Writes papers in the shape of arXiv's metadata snapshot (<c>arxiv-metadata-oai-snapshot.json</c>): one JSON object a
/// line with the snapshot's keys in its order (<c>id</c>, <c>submitter</c>, <c>authors</c>, <c>title</c>,
/// <c>comments</c>, <c>journal-ref</c>, <c>doi</c>, <c>report-no</c>, <c>categories</c>, <c>license</c>,
/// <c>abstract</c>, <c>versions</c>, <c>update_date</c>, <c>authors_parsed</c>), titles wrapped and abstracts
/// indented with newlines as arXiv's are. Ids are new-style, numbered within each month.
/// </summary>
internal sealed class SnapshotWriter(Stream output)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Dictionary<int, int> _numberInMonth = [];
    private readonly Utf8JsonWriter _json = new(output, Options);
    private readonly StringBuilder _text = new(4096);
    private int _written;

    public void Write(SyntheticPaper paper)
    {
        int month = paper.Published.Year % 100 * 100 + paper.Published.Month;
        _numberInMonth[month] = _numberInMonth.GetValueOrDefault(month) + 1;
        string id = string.Create(CultureInfo.InvariantCulture, $"{month:D4}.{_numberInMonth[month]:D5}");
        var (category, _) = Vocabulary.CategoryNames[paper.CategoryCode];

        _json.Reset(output);
        _json.WriteStartObject();
        _json.WriteString("id", id);
        _json.WriteString("submitter", paper.Authors.Count > 0 ? paper.Authors[0] : "");
        _json.WriteString("authors", string.Join(", ", paper.Authors));
        _json.WriteString("title", Wrapped(paper.Title));
        if (paper.CodeUrl is not null) _json.WriteString("comments", $"12 pages, 4 figures. Code: {paper.CodeUrl}");
        else _json.WriteNull("comments");
        _json.WriteNull("journal-ref");
        if (_written % 3 == 0) _json.WriteString("doi", $"10.5555/synthetic.{id}");
        else _json.WriteNull("doi");
        _json.WriteNull("report-no");
        _json.WriteString("categories", _written % 4 == 0 ? category + (category == "cs.LG" ? " stat.ML" : " cs.LG") : category);
        _json.WriteString("license", "http://creativecommons.org/licenses/by/4.0/");
        _text.Clear().Append("  ");
        foreach (var chunk in paper.Abstract.GetChunks()) _text.Append(chunk.Span);
        _text.Append('\n');
        _json.WriteString("abstract", _text.ToString());
        _json.WritePropertyName("versions");
        _json.WriteStartArray();
        var created = paper.Published.ToDateTime(new TimeOnly(17, 59, 2));
        Version(1, created);
        if (_written % 2 == 0) Version(2, created.AddDays(9));
        _json.WriteEndArray();
        _json.WriteString("update_date", paper.Published.AddDays(_written % 2 == 0 ? 10 : 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        _json.WritePropertyName("authors_parsed");
        _json.WriteStartArray();
        foreach (var author in paper.Authors)
        {
            int space = author.LastIndexOf(' ');
            _json.WriteStartArray();
            _json.WriteStringValue(space < 0 ? author : author[(space + 1)..]);
            _json.WriteStringValue(space < 0 ? "" : author[..space]);
            _json.WriteStringValue("");
            _json.WriteEndArray();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        output.WriteByte((byte)'\n');
        _written++;
    }

    private void Version(int number, DateTime created)
    {
        _json.WriteStartObject();
        _json.WriteString("version", $"v{number}");
        _json.WriteString("created", created.ToString("ddd, d MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture));
        _json.WriteEndObject();
    }

    // arXiv breaks long titles near 80 columns with a newline and two spaces.
    private static string Wrapped(string title)
    {
        if (title.Length <= 72) return title;
        int space = title.LastIndexOf(' ', 72);
        return space <= 0 ? title : title[..space] + "\n  " + title[(space + 1)..];
    }
}
