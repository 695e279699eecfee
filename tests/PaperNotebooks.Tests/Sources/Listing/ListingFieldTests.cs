using CsCheck;
using PaperNotebooks.Model;
using PaperNotebooks.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources.Listing;

public sealed class ListingFieldTests
{
    [Theory]
    [InlineData("CLJul 4, 2024Code", null, "CL", 7, 4, 2024, true)]
    [InlineData("67.5DBMar 18", 67.5, "DB", 3, 18, null, false)]
    [InlineData("89.2LGMar 31Code", 89.2, "LG", 3, 31, null, true)]
    [InlineData("100PFDec 1, 1999", 100.0, "PF", 12, 1, 1999, false)]
    public void Meta_lines_give_score_category_date_and_code(string line, double? score, string code, int month, int day, int? year, bool hasCode)
    {
        Assert.True(MetaLine.TryMatch(System.Text.Encoding.ASCII.GetBytes(line), out var meta));
        Assert.Equal(new MetaLine(score, code, month, day, year, hasCode), meta);
    }

    [Theory]
    [InlineData("This paper introduces LLM-jp.")]
    [InlineData("CLJul 4 2024")]
    [InlineData("CLJuly 4, 2024")]
    [InlineData("clJul 4, 2024")]
    [InlineData("CL Jul 4, 2024")]
    [InlineData("CLJul 4, 2024 Code")]
    [InlineData(".5CLJul 4")]
    public void Lines_that_only_look_a_bit_like_meta_lines_are_not_meta_lines(string line)
    {
        Assert.False(MetaLine.TryMatch(System.Text.Encoding.UTF8.GetBytes(line), out _));
    }

    [Theory]
    [InlineData(3, 18, "2026-11-26", "2026-03-18")]
    [InlineData(12, 1, "2026-11-26", "2025-12-01")]
    [InlineData(11, 26, "2026-11-26", "2026-11-26")]
    [InlineData(11, 27, "2026-11-26", "2025-11-27")]
    [InlineData(2, 29, "2026-11-26", "2024-02-29")]
    public void A_date_without_a_year_takes_the_latest_year_on_or_before_the_as_of_date(int month, int day, string asOf, string expected)
    {
        Assert.True(PublicationDate.TryResolve(month, day, null, DateOnly.Parse(asOf), out var date, out bool inferred));
        Assert.Equal(DateOnly.Parse(expected), date);
        Assert.True(inferred);
    }

    [Fact]
    public void The_as_of_option_changes_the_inferred_year()
    {
        var text = "DBMar 18\nShirakami: A ProtocolTakayuki Tanabe\nAbstract.\n";

        var paper = PaperListingReader.Parse(text, new ListingReadOptions { AsOf = new DateOnly(2025, 1, 1) }).Papers[0];

        Assert.Equal(new DateOnly(2024, 3, 18), paper.Published);
        Assert.Equal("tanabe2024shirakami", paper.Id);
    }

    [Theory]
    [InlineData("visit https://llm-jp.nii.ac.jp/en/.", "https://llm-jp.nii.ac.jp/en/")]
    [InlineData("Code is available here: https://github.com/YJHMITWEB/MAC-Attention.git", "https://github.com/YJHMITWEB/MAC-Attention.git")]
    [InlineData("(see https://example.org/a_(b)).", "https://example.org/a_(b)")]
    [InlineData("(see https://example.org/x), then", "https://example.org/x")]
    [InlineData("initiative (deepspeed4science.ai) which", "https://deepspeed4science.ai")]
    [InlineData("at http://foo.com/path?q=1&r=2; and", "http://foo.com/path?q=1&r=2")]
    public void Links_are_found_with_trailing_sentence_punctuation_removed(string text, string expected)
    {
        Assert.Equal([expected], LinkExtractor.Extract(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    [Theory]
    [InlineData("e.g., phi-3.5-mini and GPT-3.5 vs. Llama 3.1.")]
    [InlineData("run train.py and read README.md first.")]
    [InlineData("The model.It works")]
    public void Ordinary_prose_has_no_links(string text)
    {
        Assert.Empty(LinkExtractor.Extract(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void The_code_url_is_the_first_link_on_a_code_host()
    {
        Assert.Equal("https://gitlab.com/a/b", LinkExtractor.FirstCodeUrl(["https://example.org", "https://gitlab.com/a/b", "https://github.com/c/d"]));
        Assert.Equal("https://www.github.com/c/d", LinkExtractor.FirstCodeUrl(["https://www.github.com/c/d"]));
        Assert.Null(LinkExtractor.FirstCodeUrl(["https://llm-jp.nii.ac.jp/en/", "https://user.github.io/x"]));
    }

    [Fact]
    public void The_code_url_is_found_on_the_host_a_parsed_uri_would_give()
    {
        // The host is read off the link as written; a Uri parsed from it decides the same, links it refuses included.
        var schemes = OneOf("https://", "http://", "HTTPS://", "ftp://", "https:/", "");
        var users = OneOf("", "", "user@", "a:b@", "@");
        var hosts = OneOf("github.com", "www.GitHub.com", "gitlab.com", "git.sr.ht", "user.github.io", "github.com.evil.org",
            "example.org", "GITEE.COM", "");
        var ports = OneOf("", "", ":8080", ":", ":65535", ":65536", ":99999999", ":x1", ":-1");
        var rests = OneOf("", "/", "/a/b", "?q=github.com", "#frag", "/x@y.com", "/a:b");
        var spaces = OneOf("", " ", "\t");
        Gen.Select(schemes, users, hosts, ports, rests, spaces).Sample((scheme, user, host, port, rest, space) =>
        {
            string link = space + scheme + user + host + port + rest + space;
            Assert.Equal(ByParsedUri(link), LinkExtractor.FirstCodeUrl([link]));
        }, iter: 3_000);

        static Gen<string> OneOf(params string[] texts) => Gen.Int[0, texts.Length - 1].Select(i => texts[i]);

        static string? ByParsedUri(string link)
        {
            if (!Uri.TryCreate(link, UriKind.Absolute, out var uri)) return null;
            string found = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            string[] codeHosts = ["github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sourceforge.net", "gitee.com", "git.sr.ht", "sr.ht", "gitea.com"];
            return codeHosts.Contains(found, StringComparer.OrdinalIgnoreCase) ? link : null;
        }
    }

    [Theory]
    [InlineData("Masahiro Tanaka", 2021, "Automatic Graph Partitioning", "tanaka2021automatic")]
    [InlineData("Sam Adé Jacobs", 2023, "DeepSpeed Ulysses: System", "jacobs2023deepspeed")]
    [InlineData("Martin Luther King Jr.", 1963, "A Dream", "king1963dream")]
    [InlineData("Zoë Müller", 2020, "On the Über-Model", "muller2020uber")]
    [InlineData("LLM-jp", 2024, "LLM-jp: A Project", "llmjp2024llm")]
    [InlineData("张伟", 2022, "图像识别研究", "张伟2022图像识别研究")]
    public void Ids_read_like_bibtex_keys(string author, int year, string title, string expected)
    {
        Assert.Equal(expected, PaperKey.Create(author, year, title));
    }
}
