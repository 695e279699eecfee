using PaperNotebooks.Listing;

namespace PaperNotebooks.Sources;

/// <summary>What a source reads with: the name that diagnostics give it, and the options.</summary>
/// <param name="BlockSize">How large a part a source that reads in parallel takes (tests make it small).</param>
internal sealed record SourceContext(string Source, ListingReadOptions Options, int BlockSize = SourceContext.DefaultBlockSize)
{
    public const int DefaultBlockSize = 8 << 20;

    /// <summary>The file the bytes a source reads map, when they do: a large one may be read from the disk instead
    /// (<see cref="SourceBlocks"/>).</summary>
    public string? Path { get; init; }

    /// <summary>How a source reads its parts: on as many cores as the options allow (all by default), until cancelled.</summary>
    public ParallelOptions Parallel() => new()
    {
        MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
        CancellationToken = Options.CancellationToken,
    };

    /// <summary>Gives each part's papers, held until every part was read, to <paramref name="sink"/>'s parts, all
    /// parts at once; <paramref name="count"/> parts, numbered from 0.</summary>
    public void Deliver<TPart>(IPaperSink sink, IReadOnlyList<TPart> parts, int count, Func<TPart, IEnumerable<Model.Paper>> papers)
    {
        sink.Begin(count);
        System.Threading.Tasks.Parallel.For(0, count, Parallel(), k =>
        {
            var add = sink.Part(k);
            foreach (var paper in papers(parts[k])) add(paper.Source is null ? paper with { Source = Source } : paper);
        });
    }

    /// <summary>An error about line <paramref name="line"/> of this source (0: the whole source).</summary>
    public SourceDiagnostic Error(string code, int line, string message) => new(code, DiagnosticSeverity.Error, Source, line, message);
}
