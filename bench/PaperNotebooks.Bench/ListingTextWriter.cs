using System.Text;

namespace PaperNotebooks.Bench;

/// <summary>Writes papers in the listing format: meta line, title with authors, abstract.</summary>
internal sealed class ListingTextWriter(TextWriter output)
{
    private int _line;

    /// <summary>Writes one paper and returns the 1-based line of its meta line.</summary>
    public int Write(SyntheticPaper paper, bool blankLineBefore)
    {
        if (blankLineBefore && _line > 0)
        {
            output.Write('\n');
            _line++;
        }
        var metaLine = ++_line;
        WriteMetaLine(paper);
        WriteTitleLine(paper);
        foreach (var chunk in paper.Abstract.GetChunks()) output.Write(chunk.Span);
        output.Write('\n');
        _line += 2;
        return metaLine;
    }

    private void WriteMetaLine(SyntheticPaper paper)
    {
        if (paper.ScoreTenths is { } score)
        {
            output.Write(score / 10);
            output.Write('.');
            output.Write(score % 10);
        }
        output.Write(paper.CategoryCode);
        output.Write(Vocabulary.Months[paper.Published.Month - 1]);
        output.Write(' ');
        output.Write(paper.Published.Day);
        if (paper.YearShown)
        {
            output.Write(", ");
            output.Write(paper.Published.Year);
        }
        if (paper.CodeMarker) output.Write("Code");
        output.Write('\n');
    }

    private void WriteTitleLine(SyntheticPaper paper)
    {
        output.Write(paper.Title);
        for (var i = 0; i < paper.Authors.Count; i++)
        {
            if (i > 0) output.Write(", ");
            output.Write(paper.Authors[i]);
        }
        if (paper.AuthorsTruncated) output.Write(" et al.");
        if (paper.Affiliations.Count > 0)
        {
            output.Write(" · ");
            output.Write(string.Join(", ", paper.Affiliations));
        }
        output.Write('\n');
    }
}
