using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using PaperNotebooks.Model;

namespace PaperNotebooks.Search;

/// <summary>Which fields of the papers an <see cref="IndexRanges"/> holds.</summary>
internal enum IndexPart
{
    /// <summary>Everything but the abstracts: titles, authors and the short fields (<see cref="FieldSearchIndex"/>).</summary>
    Fields,
    /// <summary>The abstracts alone; beside the fields' ranges they make the full index.</summary>
    Abstracts,
}

/// <summary>
/// One part of the search index: the papers cut into consecutive ranges, each indexed by one thread into an index of
/// its own, so document numbers follow the listing (range by range) and the same ranges of the two parts line up
/// document for document. The full index reads the two parts side by side (<see cref="ParallelAtomicReader"/>), so
/// the fields indexed first, for field queries seconds after a load, are not indexed again with the abstracts. The
/// threads are the index's own rather than the thread pool's, and run at a lower priority: the index is built in the
/// background right after a load, and the next cells should not wait for it (pool threads blocked in indexing would
/// starve them; threads at the same priority would halve their speed).
/// </summary>
internal sealed class IndexRanges : IDisposable
{
    // Below this many papers one range, on the calling thread.
    private const int OneRangeBelow = 2_000;
    private const int MaxRange = 50_000;

    private IndexRanges(AtomicReader[] readers) => Readers = readers;

    /// <summary>One reader per range, in listing order.</summary>
    public IReadOnlyList<AtomicReader> Readers { get; }

    public static IndexRanges Build(PaperCollection papers, IndexPart part)
    {
        var storage = IndexStorage.For(papers.Count);
        try
        {
            return Build(papers, part, storage);
        }
        catch (IOException) when (storage.Folder is not null)
        {
            // The temporary folder could not be written (full, gone): the index is kept in memory instead.
            return Build(papers, part, IndexStorage.InMemory);
        }
    }

    private static IndexRanges Build(PaperCollection papers, IndexPart part, IndexStorage storage)
    {
        var bounds = Bounds(papers.Count);
        int ranges = bounds.Length - 1;
        var directories = new Lucene.Net.Store.Directory[ranges];
        var readers = new AtomicReader[ranges];
        void BuildRange(int k)
        {
            directories[k] = storage.Open(k);
            IndexRange(directories[k], papers, bounds[k], bounds[k + 1], part);
            var reader = DirectoryReader.Open(directories[k]);
            storage.CloseWith(reader, directories[k]);
            readers[k] = SlowCompositeReaderWrapper.Wrap(reader);
        }

        try
        {
            if (ranges == 1) BuildRange(0);
            else OnThreadsOfItsOwn(ranges, BuildRange);
        }
        catch
        {
            foreach (var reader in readers) reader?.Dispose();
            foreach (var directory in directories) directory?.Dispose();
            storage.Delete();
            throw;
        }
        return new IndexRanges(readers);
    }

    private static int[] Bounds(int count)
    {
        int size = count < OneRangeBelow ? Math.Max(count, 1) : Math.Clamp(count / (Environment.ProcessorCount * 4), OneRangeBelow, MaxRange);
        int ranges = Math.Max(1, (count + size - 1) / size);
        return [.. Enumerable.Range(0, ranges + 1).Select(k => (int)Math.Min((long)k * size, count))];
    }

    private static void IndexRange(Lucene.Net.Store.Directory directory, PaperCollection papers, int start, int end, IndexPart part)
    {
        var config = new IndexWriterConfig(PaperAnalyzer.Version, PaperAnalyzer.Instance)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            // One flush at the commit, so one segment; no compound files and no merges, which would only copy the same
            // bytes again.
            RAMBufferSizeMB = 1024,
            UseCompoundFile = false,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using var writer = new IndexWriter(directory, config);
        var document = new PaperDocument(part);
        for (int i = start; i < end; i++)
        {
            BackgroundPriority.WaitWhilePaused(); // a search reading the papers has the machine meanwhile
            writer.AddDocument(document.For(papers[i]));
        }
        writer.Commit();
        writer.Dispose();
        // The writer's buffers (tens of megabytes a range) lived through the whole range, so they are garbage in the
        // oldest generation now, which the collector visits least: ask for a background collection so the next ranges
        // reuse that memory rather than grow the heap (one that is not blocking: the next cells keep running).
        if (CollectsAfterRange(GC.GetGCMemoryInfo().HeapSizeBytes)) GC.Collect(2, GCCollectionMode.Forced, blocking: false);
    }

    /// <summary>
    /// Whether a range's end asks for a background collection of a heap this large. Not past
    /// <see cref="CollectAfterRangeBelow"/>: there the writer's garbage is a small part of the heap, and the collection
    /// marks all of it on a core for over half a second while the next cells run (a million papers' heap is 0.7 GB
    /// before its index; alternated in real Jupyter, the authors chart after a load took 0.64-0.91 s without these
    /// collections against 0.70-1.15 with them, the list 0.05-0.08 against 0.06-0.16). The collector's own budget
    /// decides there.
    /// </summary>
    internal static bool CollectsAfterRange(long heapBytes) => heapBytes < CollectAfterRangeBelow;

    internal const long CollectAfterRangeBelow = 512L << 20;

    /// <summary>Runs <paramref name="build"/> for every range on one thread per core, ranges taken in order.</summary>
    private static void OnThreadsOfItsOwn(int ranges, Action<int> build)
    {
        int next = -1;
        ExceptionDispatchInfo? failure = null;
        var threads = Enumerable.Range(0, Math.Min(Environment.ProcessorCount, ranges)).Select(_ => new Thread(() =>
        {
            try
            {
                BackgroundPriority.Run(() =>
                {
                    for (int k; (k = Interlocked.Increment(ref next)) < ranges && failure is null;) build(k);
                });
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            }
        })
        { IsBackground = true, Name = "PaperNotebooks indexing" }).ToList();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();
        failure?.Throw();
    }

    /// <summary>Gives back this part's reference to each range's reader; a reader closes when the last index using it
    /// lets it go, and its directory goes with it (<see cref="IndexStorage.CloseWith"/>): not here, since a reader still
    /// open reads from it.</summary>
    public void Dispose()
    {
        foreach (var reader in Readers) reader.Dispose();
    }
}
