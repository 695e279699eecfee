using PaperNotebooks.Model;
using PaperNotebooks.Search;

namespace PaperNotebooks.Tests.Search;

/// <summary>A large collection's index is written to temporary files rather than kept in memory
/// (<see cref="IndexStorage"/>); it answers exactly as the index in memory does, and its files go with it.</summary>
public sealed class IndexOnDiskTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pn-index-test-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string IndexFolders => Path.Combine(_root, IndexStorage.FolderName);

    private static readonly string[] Queries =
    [
        "attention", "ti:transformer AND year:2021..2023", "au:smith OR abs:\"sequence parallelism\"", "graph neural",
        "cat:LG has:code", "memory OR offload*", "abs:kernel -ti:kernel", "\"large language\"", "id:paper12 OR ti:(speech AND audio)",
    ];

    [Fact]
    public void An_index_on_disk_finds_and_scores_what_the_index_in_memory_does_and_its_files_go_with_it()
    {
        // Several ranges (a range is at least 2,000 papers) on both threads.
        var inMemory = PaperSearchIndex.Build(ScanPapers.Make(7_000, seed: 3));
        PaperSearchIndex onDisk;
        using (IndexStorage.Scope(onDiskFrom: 0, _root)) onDisk = PaperSearchIndex.Build(ScanPapers.Make(7_000, seed: 3));

        // One folder for the fields, one for the abstracts.
        var folders = Directory.GetDirectories(IndexFolders);
        Assert.Equal(2, folders.Length);
        Assert.All(folders, folder => Assert.StartsWith($"{Environment.ProcessId}-", Path.GetFileName(folder)));
        Assert.All(folders, folder => Assert.NotEmpty(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)));
        foreach (string query in Queries)
        {
            var expected = inMemory.Search(query, PaperSearchIndex.MaxTop);
            var actual = onDisk.Search(query, PaperSearchIndex.MaxTop);
            Assert.True(expected.Succeeded, expected.Error?.ToString());
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.Hits.Select(h => (h.Paper.Id, h.Score)), actual.Hits.Select(h => (h.Paper.Id, h.Score)));
        }

        onDisk.Dispose();
        inMemory.Dispose();
        Assert.Empty(Directory.GetDirectories(IndexFolders));
    }

    [Fact]
    public void A_collection_whose_index_folder_cannot_be_made_is_indexed_in_memory()
    {
        // The folder for index folders is a file: nothing can be made under it.
        File.WriteAllText(IndexFolders, "not a folder");
        var papers = ScanPapers.Make(3_000, seed: 4);

        using (IndexStorage.Scope(onDiskFrom: 0, _root)) papers.PrepareSearch();

        Assert.True(papers.Search("attention").TotalHits > 0);
        Assert.True(File.Exists(IndexFolders));
        papers.ReleaseDerivedState();
    }

    [Fact]
    public void Index_folders_left_by_a_process_that_is_gone_are_deleted_by_the_next_index_on_disk()
    {
        // No process has this id (beyond Linux's largest); process 1 always runs.
        string gone = Path.Combine(IndexFolders, $"{int.MaxValue - 1}-0123456789abcdef");
        string running = Path.Combine(IndexFolders, "1-0123456789abcdef");
        foreach (string folder in new[] { gone, running })
        {
            Directory.CreateDirectory(Path.Combine(folder, "0"));
            File.WriteAllText(Path.Combine(folder, "0", "_0.tim"), "left behind");
        }

        PaperSearchIndex index;
        using (IndexStorage.Scope(onDiskFrom: 0, _root)) index = PaperSearchIndex.Build(ScanPapers.Make(500, seed: 5));
        index.Dispose();

        Assert.False(Directory.Exists(gone));
        Assert.True(Directory.Exists(running));
    }
}
