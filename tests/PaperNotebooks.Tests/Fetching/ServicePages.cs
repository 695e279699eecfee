using System.Globalization;
using System.Text;

namespace PaperNotebooks.Tests.Fetching;

/// <summary>Responses written for these tests in the shapes arXiv's query API (Atom) and OpenAlex's works API (JSON) document.</summary>
internal static class ServicePages
{
    /// <summary>An arXiv API feed with entries for papers <paramref name="from"/> to <paramref name="to"/> (exclusive) of <paramref name="total"/>.</summary>
    public static string Atom(int total, int from, int to)
    {
        var feed = new StringBuilder($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">
              <title type="html">ArXiv Query: search_query=cat:cs.DC</title>
              <opensearch:totalResults>{total}</opensearch:totalResults>
              <opensearch:startIndex>{from}</opensearch:startIndex>
            """);
        for (int i = from; i < to; i++)
        {
            string id = string.Create(CultureInfo.InvariantCulture, $"2401.{i + 1:D5}");
            feed.Append($"""

                  <entry>
                    <id>http://arxiv.org/abs/{id}v1</id>
                    <updated>2024-01-0{i % 9 + 1}T10:00:00Z</updated>
                    <published>2024-01-0{i % 9 + 1}T10:00:00Z</published>
                    <title>Paper number {i + 1} on
                      sequence parallelism</title>
                    <summary>  Abstract of paper {i + 1}.
                    </summary>
                    <author><name>Author {i + 1}</name></author>
                    <link href="http://arxiv.org/abs/{id}v1" rel="alternate" type="text/html"/>
                    <arxiv:primary_category term="cs.DC" scheme="http://arxiv.org/schemas/atom"/>
                    <category term="cs.DC" scheme="http://arxiv.org/schemas/atom"/>
                  </entry>
                """);
        }
        return feed.Append("\n</feed>\n").ToString();
    }

    /// <summary>An OpenAlex works page with works <paramref name="from"/> to <paramref name="to"/> (exclusive), pointing at <paramref name="next"/>.</summary>
    public static string OpenAlex(int total, int from, int to, string? next)
    {
        var works = Enumerable.Range(from, to - from).Select(i => $$$"""
            {"id":"https://openalex.org/W{{{i + 1}}}","doi":"https://doi.org/10.5555/test.{{{i + 1}}}","display_name":"Work number {{{i + 1}}}","publication_year":2024,"publication_date":"2024-02-{{{i % 9 + 1:D2}}}","authorships":[{"author":{"display_name":"Writer {{{i + 1}}}"},"institutions":[{"display_name":"Institute {{{i % 2}}}"}]}],"primary_topic":{"subfield":{"display_name":"Computer Networks and Communications"},"field":{"display_name":"Computer Science"}},"abstract_inverted_index":{"Work":[0],"{{{i + 1}}}.":[1]}}
            """.Trim());
        string cursor = next is null ? "null" : $"\"{next}\"";
        return $$"""{"meta":{"count":{{total}},"db_response_time_ms":12,"page":null,"per_page":200,"next_cursor":{{cursor}}},"results":[{{string.Join(",", works)}}],"group_by":[]}""";
    }
}
