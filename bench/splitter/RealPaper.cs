using System.IO.Compression;
using System.Text;

namespace PaperNotebooks.SplitterBench;

/// <summary>One real arXiv paper of the corpus: what the site shows of it (first three authors) and how many authors it has.</summary>
internal sealed record RealPaper(string ArxivId, string CategoryCode, int AuthorCount, string Title, IReadOnlyList<string> Authors)
{
    /// <summary>Reads <c>data/real-papers.tsv.gz</c>: id, two-letter category, author count, title, first three authors.</summary>
    public static List<RealPaper> Load(string path)
    {
        var papers = new List<RealPaper>();
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            papers.Add(new RealPaper(fields[0], fields[1], int.Parse(fields[2]), fields[3], fields[4..]));
        }
        return papers;
    }
}
