using System.Collections.Concurrent;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace PaperNotebooks.Search;

/// <summary>
/// Where the ranges of one <see cref="IndexRanges"/> are written. A small collection's index lives in memory. A large
/// one's (<see cref="OnDiskFrom"/> papers or more) goes to a folder of temporary files read through the file system:
/// Lucene's <see cref="RAMDirectory"/> keeps an index as millions of 1 KB arrays, which at a million papers is hundreds
/// of megabytes of the kernel's memory and of the collector's work, where on disk the system's file cache holds what
/// queries read. The folder goes when the last reader of it closes, when the process ends, or, after a process that
/// was killed, when the next one starts an index on disk. If the folder cannot be made or written, the index is built
/// in memory as before.
/// </summary>
internal sealed class IndexStorage
{
    /// <summary>From this many papers an index is written to disk.</summary>
    public const int OnDiskFrom = 50_000;

    /// <summary>The folder under the system's temporary folder that holds every process's index folders.</summary>
    public const string FolderName = "papernotebooks-index";

    private static readonly ConcurrentDictionary<string, byte> Live = new();
    private static readonly ConcurrentDictionary<string, byte> Prepared = new();
    private static int _exitHooked;

    private readonly string? _folder;
    private int _openRanges;

    private IndexStorage(string? folder) => _folder = folder;

    public static IndexStorage InMemory { get; } = new(null);

    /// <summary>The folder of the ranges on disk; null in memory.</summary>
    public string? Folder => _folder;

    /// <summary>Storage for an index of <paramref name="papers"/> papers: on disk from <see cref="OnDiskFrom"/>, when a
    /// folder can be made, else in memory.</summary>
    public static IndexStorage For(int papers)
    {
        var settings = Setting.Value;
        return papers >= settings.OnDiskFrom && TryCreateFolder(settings.Root ?? Path.GetTempPath()) is { } folder ? new(folder) : InMemory;
    }

    private static readonly Files.FlowSetting<Settings> Setting = new(new Settings(OnDiskFrom, null));

    private sealed record Settings(int OnDiskFrom, string? Root);

    /// <summary>For tests: until disposed, indexes built by this flow go to disk from <paramref name="onDiskFrom"/>
    /// papers, under <paramref name="root"/> instead of the system's temporary folder.</summary>
    internal static IDisposable Scope(int onDiskFrom, string? root = null) => Setting.Set(new Settings(onDiskFrom, root));

    /// <summary>The directory range <paramref name="range"/> is written to.</summary>
    public Directory Open(int range)
    {
        if (_folder is null) return new RAMDirectory();
        Interlocked.Increment(ref _openRanges);
        return new NIOFSDirectory(new DirectoryInfo(Path.Combine(_folder, range.ToString(System.Globalization.CultureInfo.InvariantCulture))), NoLockFactory.GetNoLockFactory());
    }

    /// <summary>Lets <paramref name="directory"/> go with <paramref name="reader"/>: when the reader closes, the directory
    /// is closed and, on disk, its files deleted (the folder too with the last range).</summary>
    public void CloseWith(DirectoryReader reader, Directory directory)
    {
        if (_folder is null) return; // managed memory only: it goes with the last reader
        reader.AddReaderDisposedListener(new WhenDisposed(() => Release(directory)));
    }

    /// <summary>Closes a range's directory and deletes its files; the folder goes with the last range.</summary>
    public void Release(Directory directory)
    {
        string? files = (directory as FSDirectory)?.Directory.FullName;
        directory.Dispose();
        if (_folder is null) return;
        if (files is not null) TryDelete(files);
        if (Interlocked.Decrement(ref _openRanges) <= 0) Delete();
    }

    /// <summary>Deletes the whole folder (after a failed build).</summary>
    public void Delete()
    {
        if (_folder is null) return;
        TryDelete(_folder);
        Live.TryRemove(_folder, out _);
    }

    private static string? TryCreateFolder(string temporary)
    {
        try
        {
            string root = Path.Combine(temporary, FolderName);
            PrepareOnce(root);
            string folder = Path.Combine(root, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
            System.IO.Directory.CreateDirectory(folder);
            Live[folder] = 0;
            return folder;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Once a process and root: deletes the folders of processes that are gone (killed before they could),
    /// and deletes this process's folders when it ends.</summary>
    private static void PrepareOnce(string root)
    {
        if (Interlocked.Exchange(ref _exitHooked, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                foreach (string folder in Live.Keys) TryDelete(folder);
            };
        }
        if (!Prepared.TryAdd(root, 0) || !System.IO.Directory.Exists(root)) return;
        foreach (string folder in System.IO.Directory.EnumerateDirectories(root))
        {
            string name = Path.GetFileName(folder);
            int dash = name.IndexOf('-');
            if (dash > 0 && int.TryParse(name.AsSpan(0, dash), out int pid) && pid != Environment.ProcessId && !Running(pid)) TryDelete(folder);
        }
    }

    private static bool Running(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still open elsewhere: the next process's clean-up takes it.
        }
    }

    private sealed class WhenDisposed(Action action) : IReaderDisposedListener
    {
        public void OnDispose(IndexReader reader) => action();
    }
}
