using System.Text;
using System.Text.Json;
using PaperNotebooks.Model;
using PaperNotebooks.Text;

namespace PaperNotebooks.Sources.OpenAlex;

/// <summary>
/// One OpenAlex work as a paper: <c>display_name</c>, <c>authorships</c> (authors in order, their institutions as
/// affiliations), <c>publication_date</c> (else January 1 of <c>publication_year</c>), <c>doi</c>, the arXiv id from a
/// location or <c>ids</c> entry on arxiv.org or an arXiv DOI, the primary location's page and source (the venue, unless it is arXiv
/// itself), the abstract rebuilt from <c>abstract_inverted_index</c>, and, as OpenAlex gives no arXiv category, the
/// primary topic's subfield as the category with its field as the category's name. Title and abstract lose the inline
/// markup OpenAlex keeps from publishers (<see cref="InlineMarkup"/>).
/// </summary>
internal static class OpenAlexWork
{
    /// <summary>The paper, or null with what the work lacks.</summary>
    public static Paper? From(JsonElement work, string source, int line, out string problem)
    {
        problem = "";
        if (work.ValueKind != JsonValueKind.Object)
        {
            problem = $"a work is a JSON object, not {work.ValueKind}";
            return null;
        }
        // OpenAlex keeps the publisher's inline markup (<i>, <sub>, <jats:p>, &amp;): plain text here, as other sources give.
        string title = InlineMarkup.ToPlain(Whitespace.Collapse(Text(work, "display_name") ?? Text(work, "title")));
        if (title.Length == 0)
        {
            problem = "it has no title (display_name)";
            return null;
        }
        if (Published(work) is not { } published)
        {
            problem = "it has no publication_date or publication_year";
            return null;
        }

        var authors = new List<string>();
        var affiliations = new List<string>();
        foreach (var authorship in Items(work, "authorships"))
        {
            if (Text(Property(authorship, "author"), "display_name") is { Length: > 0 } name) authors.Add(name.Trim());
            foreach (var institution in Items(authorship, "institutions"))
            {
                if (Text(institution, "display_name") is { Length: > 0 } place && !affiliations.Contains(place)) affiliations.Add(place);
            }
        }

        string? doi = PaperIdentifiers.Doi(Text(work, "doi"));
        var primaryLocation = Property(work, "primary_location");
        string? arxivId = ArxivId(work, doi);
        string? venue = Text(Property(primaryLocation, "source"), "display_name") is { Length: > 0 } sourceName
            && !sourceName.Contains("arXiv", StringComparison.OrdinalIgnoreCase) ? sourceName : null;
        string abstractText = InlineMarkup.ToPlain(Abstract(Property(work, "abstract_inverted_index")));
        var links = LinkExtractor.Extract(Encoding.UTF8.GetBytes(abstractText));
        string? codeUrl = LinkExtractor.FirstCodeUrl(links);
        var (category, field, categories) = Topics(work);

        return new Paper
        {
            Id = PaperKey.Create(authors.Count > 0 ? authors[0] : "", published.Year, title),
            Title = title,
            Authors = authors,
            Affiliations = affiliations,
            Category = category,
            CategoryName = field,
            Categories = categories,
            Published = published,
            HasCode = codeUrl is not null,
            CodeUrl = codeUrl,
            Links = links,
            Abstract = abstractText,
            ArxivId = arxivId,
            Doi = doi,
            Url = NonEmpty(Text(primaryLocation, "landing_page_url")) ?? (doi is null ? null : "https://doi.org/" + doi) ?? NonEmpty(Text(work, "id")),
            Venue = venue,
            Updated = IsoDay.Of(Text(work, "updated_date")),
            Provenance = new PaperProvenance(line, Source: source),
        };
    }

    /// <summary>The text OpenAlex keeps as word → positions, put back in order with single spaces.</summary>
    public static string Abstract(JsonElement index)
    {
        if (index.ValueKind != JsonValueKind.Object) return "";
        var words = new List<(int Position, string Word)>();
        foreach (var entry in index.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.Array) continue;
            foreach (var position in entry.Value.EnumerateArray())
            {
                if (position.TryGetInt32(out int at) && at >= 0) words.Add((at, entry.Name));
            }
        }
        words.Sort((a, b) => a.Position.CompareTo(b.Position));
        return string.Join(' ', words.Select(w => w.Word));
    }

    private static DateOnly? Published(JsonElement work)
    {
        if (IsoDay.Of(Text(work, "publication_date")) is { } date) return date;
        return Property(work, "publication_year") is { ValueKind: JsonValueKind.Number } year && year.TryGetInt32(out int y) && y is >= 1 and <= 9999
            ? new DateOnly(y, 1, 1) : null;
    }

    private static string? ArxivId(JsonElement work, string? doi)
    {
        if (doi is not null && doi.StartsWith("10.48550/arxiv.", StringComparison.Ordinal)) return PaperIdentifiers.ArxivId(doi["10.48550/arxiv.".Length..]);
        foreach (var location in Items(work, "locations").Prepend(Property(work, "primary_location")))
        {
            foreach (string name in (ReadOnlySpan<string>)["landing_page_url", "pdf_url"])
            {
                if (ArxivUrl(Text(location, name)) is { } id) return id;
            }
        }
        if (Property(work, "ids") is { ValueKind: JsonValueKind.Object } ids)
        {
            foreach (var entry in ids.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.String && ArxivUrl(entry.Value.GetString()) is { } id) return id;
            }
        }
        return null;
    }

    /// <summary>The arXiv id of an arxiv.org address; a bare number elsewhere (a MAG id) is not one.</summary>
    private static string? ArxivUrl(string? url) =>
        url is not null && url.Contains("arxiv.org/", StringComparison.OrdinalIgnoreCase) ? PaperIdentifiers.ArxivId(url) : null;

    private static (string Category, string? Field, IReadOnlyList<string> Categories) Topics(JsonElement work)
    {
        var primary = Property(work, "primary_topic");
        string? subfield = Text(Property(primary, "subfield"), "display_name");
        if (subfield is not { Length: > 0 }) return ("", null, []);
        var categories = new List<string> { subfield };
        foreach (var topic in Items(work, "topics"))
        {
            if (Text(Property(topic, "subfield"), "display_name") is { Length: > 0 } other && !categories.Contains(other)) categories.Add(other);
        }
        return (subfield, Text(Property(primary, "field"), "display_name"), categories);
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static JsonElement Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private static string? Text(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static IEnumerable<JsonElement> Items(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];
}
