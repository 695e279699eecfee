using System.Globalization;
using System.Text;

namespace PaperNotebooks.Bench;

/// <summary>
/// Writes papers as arXiv's own BibTeX export writes them (<c>@misc</c> with <c>eprint</c>, <c>archivePrefix</c> and
/// <c>primaryClass</c>), with the abstract, and with the accents of a few names in LaTeX as exporters write them.
/// </summary>
internal sealed class BibTexWriter(TextWriter output)
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _numberInMonth = [];

    public void Write(SyntheticPaper paper)
    {
        int month = paper.Published.Year % 100 * 100 + paper.Published.Month;
        _numberInMonth[month] = _numberInMonth.GetValueOrDefault(month) + 1;
        string id = string.Create(CultureInfo.InvariantCulture, $"{month:D4}.{_numberInMonth[month]:D5}");
        var (category, _) = Vocabulary.CategoryNames[paper.CategoryCode];
        string first = paper.Authors.Count > 0 ? paper.Authors[0] : "anon";
        string key = Key(first[(first.LastIndexOf(' ') + 1)..] + paper.Published.Year);

        output.Write($"@misc{{{key},\n      title={{{Escaped(paper.Title)}}},\n      author={{");
        for (int i = 0; i < paper.Authors.Count; i++)
        {
            if (i > 0) output.Write(" and ");
            output.Write(Latex(paper.Authors[i]));
        }
        if (paper.AuthorsTruncated) output.Write(" and others");
        output.Write($"}},\n      year={{{paper.Published.Year}}},\n      month={Months[paper.Published.Month - 1]},\n");
        output.Write($"      eprint={{{id}}},\n      archivePrefix={{arXiv}},\n      primaryClass={{{category}}},\n      abstract={{");
        foreach (var chunk in paper.Abstract.GetChunks()) output.Write(Escaped(chunk.Span.ToString()));
        output.Write("}\n}\n\n");
    }

    private string Key(string stem)
    {
        var builder = new StringBuilder(stem.Length);
        foreach (char c in stem.Normalize(NormalizationForm.FormKD))
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        string key = builder.ToString();
        int seen = _keys[key] = _keys.GetValueOrDefault(key) + 1;
        return seen == 1 ? key : key + (char)('a' + (seen - 2) % 26) + (seen - 2) / 26;
    }

    // Braces are balanced in BibTeX values; the few the text might hold are dropped, and % & # escaped.
    private static string Escaped(string text) =>
        text.Replace("{", "").Replace("}", "").Replace("%", "\\%").Replace("&", "\\&").Replace("#", "\\#");

    // Accented letters the way Zotero and arXiv write them: {\"u}, {\'e}.
    private static string Latex(string name)
    {
        if (Ascii.IsValid(name)) return Escaped(name);
        var builder = new StringBuilder(name.Length + 8);
        foreach (char c in name)
        {
            builder.Append(c switch
            {
                'ü' => "{\\\"u}", 'ö' => "{\\\"o}", 'ä' => "{\\\"a}", 'é' => "{\\'e}", 'á' => "{\\'a}", 'í' => "{\\'i}",
                'ó' => "{\\'o}", 'ç' => "{\\c{c}}", 'ñ' => "{\\~n}", 'ß' => "{\\ss}", 'ø' => "{\\o}",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
