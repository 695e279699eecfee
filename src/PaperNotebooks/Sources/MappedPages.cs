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
        if (!IsMapped(start, length)) return;
        nint from = (nint)start, to = from + (nint)length;
        nint page = Environment.SystemPageSize;
        nint first = (from + page - 1) / page * page, last = to / page * page;
        // Advice only: if it fails the pages stay, which costs memory, never data.
        if (last > first) _ = Advise(first, (nuint)(last - first), DontNeed);
    }

    /// <summary>True when the range lies in a registered file mapping.</summary>
    public static bool IsMapped(byte* start, long length)
    {
        nint from = (nint)start, to = from + (nint)length;
        foreach (var (mapStart, mapLength) in Volatile.Read(ref _mapped))
        {
            if (from >= mapStart && to <= mapStart + (nint)mapLength) return true;
        }
        return false;
    }

    /// <summary>The share of the range's pages that are in the system's cache (Linux; elsewhere, or when it cannot be
    /// told, 1: as if all were). Looks at one page in <see cref="CachedSample"/>, spread over the range.</summary>
    public static double CachedShare(byte* start, long length)
    {
        if (!OperatingSystem.IsLinux() || length <= 0) return 1;
        nint page = Environment.SystemPageSize;
        nint first = (nint)start / page * page;
        long pages = ((nint)start + (nint)length - first + page - 1) / page;
        int samples = (int)Math.Min(pages, CachedSample), cached = 0;
        byte resident = 0;
        try
        {
            for (int i = 0; i < samples; i++)
            {
                nint address = first + (nint)(pages * i / samples) * page;
                if (Resident(address, (nuint)page, &resident) != 0) return 1;
                cached += resident & 1;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return 1;
        }
        return samples == 0 ? 1 : (double)cached / samples;
    }

    /// <summary>How many pages <see cref="CachedShare"/> looks at.</summary>
    private const int CachedSample = 1024;

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

    [LibraryImport("libc", EntryPoint = "mincore")]
    private static partial int Resident(nint address, nuint length, byte* vector);

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
