using System.Buffers;
using System.Globalization;
using System.Text;

namespace PaperNotebooks.Bench;

/// <summary>
/// Writes papers as the CSV that <c>papernb parse FILE --to csv</c> produces (RFC 4180, lists
/// joined by "; ", dates as YYYY-MM-DD), so peers such as pandas can be measured before the CLI
/// exists. Fields are what a parser should recover from the listing text.
/// </summary>
internal sealed class PaperCsvWriter
{
    public const string Header =
        "id,title,authors,authorsTruncated,affiliations,category,categoryName,published,yearInferred,hasCode,codeUrl,links,score,abstract,line";

    private static readonly SearchValues<char> NeedsQuoting = SearchValues.Create(",\"\r\n");
    private static readonly HashSet<string> TitleStopWords =
        new(["a", "an", "the", "on", "of", "is", "can", "do", "what", "towards", "with", "for"], StringComparer.Ordinal);

    private readonly TextWriter _output;
    private readonly Dictionary<string, int> _idCounts = new(StringComparer.Ordinal);

    public PaperCsvWriter(TextWriter output)
    {
        _output = output;
        _output.Write(Header);
        _output.Write('\n');
    }

    public void Write(SyntheticPaper paper, int line)
    {
        var (category, categoryName) = Vocabulary.CategoryNames[paper.CategoryCode];
        var hasCode = paper.CodeMarker || paper.CodeUrl is not null;

        Field(Id(paper)); Comma();
        Field(paper.Title); Comma();
        Field(string.Join("; ", paper.Authors)); Comma();
        Bool(paper.AuthorsTruncated); Comma();
        Field(string.Join("; ", paper.Affiliations)); Comma();
        Field(category); Comma();
        Field(categoryName); Comma();
        _output.Write(paper.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); Comma();
        Bool(!paper.YearShown); Comma();
        Bool(hasCode); Comma();
        Field(paper.CodeUrl ?? ""); Comma();
        Field(paper.CodeUrl ?? ""); Comma();
        if (paper.ScoreTenths is { } score) _output.Write($"{score / 10}.{score % 10}");
        Comma();
        QuotedField(paper.Abstract); Comma();
        _output.Write(line);
        _output.Write('\n');
    }

    /// <summary>A BibTeX-style key, <c>tanaka2021automatic</c>, made unique with a numeric suffix.</summary>
    private string Id(SyntheticPaper paper)
    {
        var firstAuthor = paper.Authors.Count > 0 ? paper.Authors[0] : "";
        var surname = AsciiLetters(firstAuthor[(firstAuthor.LastIndexOf(' ') + 1)..]);
        var word = paper.Title
            .Split([' ', ':', ',', '?'], StringSplitOptions.RemoveEmptyEntries)
            .Select(AsciiLetters)
            .FirstOrDefault(w => w.Length > 0 && !TitleStopWords.Contains(w)) ?? "";
        var key = $"{(surname.Length > 0 ? surname : "anon")}{paper.Published.Year}{word}";
        var seen = NextOccurrence(key);
        return seen == 1 ? key : $"{key}{seen}";
    }

    private int NextOccurrence(string key)
    {
        _idCounts.TryGetValue(key, out var count);
        _idCounts[key] = ++count;
        return count;
    }

    private static string AsciiLetters(string text)
    {
        var folded = Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (char.IsAsciiLetter(c)) builder.Append(char.ToLowerInvariant(c));
        return builder.ToString();
    }

    private void Field(string value)
    {
        if (value.AsSpan().IndexOfAny(NeedsQuoting) < 0)
        {
            _output.Write(value);
            return;
        }
        _output.Write('"');
        _output.Write(value.Replace("\"", "\"\""));
        _output.Write('"');
    }

    /// <summary>Writes a long text quoted, straight from its chunks.</summary>
    private void QuotedField(StringBuilder value)
    {
        _output.Write('"');
        foreach (var chunk in value.GetChunks())
        {
            var rest = chunk.Span;
            for (var quote = rest.IndexOf('"'); quote >= 0; quote = rest.IndexOf('"'))
            {
                _output.Write(rest[..(quote + 1)]);
                _output.Write('"');
                rest = rest[(quote + 1)..];
            }
            _output.Write(rest);
        }
        _output.Write('"');
    }

    private void Bool(bool value) => _output.Write(value ? "true" : "false");

    private void Comma() => _output.Write(',');
}
