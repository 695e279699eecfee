using System.Runtime.InteropServices;

namespace PaperNotebooks.Sources;

/// <summary>
/// Gives back the pages of a memory-mapped file once they are read, so that reading a file of several gigabytes
/// costs the memory of what is kept, not of the file: the kernel keeps the pages in its cache, and touching them
/// again maps them again. Only ranges of a file mapping registered here are released (releasing the pages of an
/// array would zero it); elsewhere than Linux it does nothing.
/// </summary>
internal static unsafe partial class MappedPages
{
    private const int DontNeed = 4; // MADV_DONTNEED
    private static readonly Lock Gate = new();
    private static (nint Start, long Length)[] _mapped = [];

    /// <summary>Marks <paramref name="length"/> bytes at <paramref name="start"/> as a file mapping (read-only, or shared
    /// with the file: either way the file keeps the content) until the returned scope ends.</summary>
    public static Scope Register(byte* start, long length)
    {
        lock (Gate) _mapped = [.. _mapped, ((nint)start, length)];
        return new Scope((nint)start);
    }

    /// <summary>Releases the whole pages inside the range when it lies in a registered file mapping.</summary>
    public static void Release(byte* start, long length)
    {
        if (!OperatingSystem.IsLinux() || length <= 0) return;
        nint from = (nint)start, to = from + (nint)length;
        bool mapped = false;
        foreach (var (mapStart, mapLength) in Volatile.Read(ref _mapped))
            mapped |= from >= mapStart && to <= mapStart + (nint)mapLength;
        if (!mapped) return;
        nint page = Environment.SystemPageSize;
        nint first = (from + page - 1) / page * page, last = to / page * page;
        // Advice only: if it fails the pages stay, which costs memory, never data.
        if (last > first) _ = Advise(first, (nuint)(last - first), DontNeed);
    }

    /// <summary>
    /// Gives back the whole pages of <paramref name="array"/> from byte <paramref name="from"/> on, whose content the
    /// caller no longer needs: they read as zeros afterwards. For a large array filled only in part (a
    /// <c>Utf8TextStore</c> after its texts are moved together); the collector never reads a byte array's content.
    /// </summary>
    public static void Discard(byte[] array, int from)
    {
        if (!OperatingSystem.IsLinux() || from >= array.Length) return;
        fixed (byte* start = array)
        {
            nint page = Environment.SystemPageSize;
            nint first = ((nint)start + from + page - 1) / page * page, last = ((nint)start + array.Length) / page * page;
            if (last > first) _ = Advise(first, (nuint)(last - first), DontNeed);
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Advise(nint address, nuint length, int advice);

    public readonly struct Scope(nint start) : IDisposable
    {
        private readonly nint _start = start;

        public void Dispose()
        {
            nint mapStart = _start;
            lock (Gate) _mapped = [.. _mapped.Where(m => m.Start != mapStart)];
        }
    }
}
