using System.Runtime;

namespace PaperNotebooks.Interactive.Session;

/// <summary>
/// What a kernel does with its memory once a read is over. A read allocates about twice what it keeps, and the server
/// collector the kernel runs keeps much of what the garbage took committed for later: 200,000 papers left the kernel's
/// working set ~80 MB above what one compacting collection gives back, which the kernel then carried to the end of the
/// notebook. So a read that made much garbage (<see cref="WorthFrom"/>) and leaves a heap below <see cref="CompactBelow"/>
/// is followed by that collection, which costs about a tenth of a second there; a small read has little to give back,
/// and past the limit the collection would block the cell for a second or more, for a saving that matters less.
/// </summary>
internal static class AfterRead
{
    /// <summary>What a read must have allocated for the collection after it to be worth its time.</summary>
    public const long WorthFrom = 128L << 20;

    /// <summary>The heap, garbage included, below which such a read is followed by a compacting collection: well under
    /// what a million papers keep (~700 MB live), so that their load never blocks on it.</summary>
    public const long CompactBelow = 512L << 20;

    public static bool ShouldCompact(long allocatedByRead, long heapBytes) => allocatedByRead >= WorthFrom && heapBytes < CompactBelow;

    /// <summary>Runs <paramref name="read"/>, then compacts the heap and gives back what it no longer needs when
    /// <see cref="ShouldCompact"/> says so.</summary>
    /// <param name="heapBytes">The heap's size after the read; by default the process's (<see cref="GC.GetTotalMemory"/>).</param>
    public static T Read<T>(Func<T> read, Func<long>? heapBytes = null)
    {
        long before = GC.GetTotalAllocatedBytes();
        var result = read();
        GiveBackMemory(GC.GetTotalAllocatedBytes() - before, heapBytes?.Invoke() ?? GC.GetTotalMemory(forceFullCollection: false));
        return result;
    }

    /// <summary>Compacts the heap and gives back what it no longer needs when <see cref="ShouldCompact"/>; true if it did.</summary>
    public static bool GiveBackMemory(long allocatedByRead, long heapBytes)
    {
        if (!ShouldCompact(allocatedByRead, heapBytes)) return false;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return true;
    }
}
