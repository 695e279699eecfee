using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PaperNotebooks.Text;

/// <summary>
/// The bytes of a large <see cref="Utf8TextStore"/> kept in a temporary file instead of the managed heap: the abstracts
/// of a million papers are 1.5 GB that a notebook reads a few times (to index them, to scan them before the index is
/// ready), never all at once. Parse blocks write their texts at their place in the file; once they are all written the
/// file is mapped, the store moves its rows together in it, and it is read through the mapping (read-only from then on,
/// and wrapped as is by the papers' DataFrame); every <see cref="TrimEvery"/> bytes read the mapping's pages are given
/// back (the system's file cache keeps them, so reading them again costs a page fault, not a disk read). The file is
/// unlinked as soon as it is open: nothing is left behind, whatever ends the process. Linux only, like
/// <see cref="Sources.MappedPages"/>; elsewhere, or when the file cannot be made with room for the texts, the store stays
/// in memory.
/// </summary>
internal sealed unsafe partial class SpilledTexts
{
    /// <summary>From this many bytes of file a store spills.</summary>
    public const long SpillFrom = 256L << 20;

    /// <summary>Bytes read between two trims of the mapping's pages.</summary>
    public const long TrimEvery = 32L << 20;

    private readonly long _trimEvery;

    private const int FaultAround = 64 << 10;

    private readonly SafeFileHandle _file;
    private readonly long _length;
    private byte* _mapped;
    private Sources.MappedPages.Scope _registered;
    private long _read;

    private readonly bool _refuseMapping;

    private SpilledTexts(SafeFileHandle file, long length, Settings settings) =>
        (_file, _length, _trimEvery, _refuseMapping) = (file, length, settings.TrimEvery, settings.RefuseMapping);

    ~SpilledTexts() => Retire();

    /// <summary>A file with room for <paramref name="length"/> bytes when a store that large should spill and can; else null.</summary>
    public static SpilledTexts? TryCreate(long length)
    {
        var settings = Setting.Value;
        if (!OperatingSystem.IsLinux() || length < settings.SpillFrom || length == 0) return null;
        // Allocated up front: a full disk shows here, before a text is written, and not halfway through a read.
        return Files.ScratchFile.TryCreate(settings.Root ?? Path.GetTempPath(), "papernotebooks-texts", length) is { } file
            ? new SpilledTexts(file, length, settings)
            : null;
    }

    /// <summary>Writes <paramref name="bytes"/> at <paramref name="offset"/>; from the parse blocks, each to its own part of the file.</summary>
    public void Write(ReadOnlySpan<byte> bytes, long offset) => RandomAccess.Write(_file, bytes, offset);

    /// <summary>Reads what was written at <paramref name="offset"/> before the file is mapped.</summary>
    public byte[] ReadBack(long offset, int length)
    {
        var bytes = new byte[length];
        RandomAccess.Read(_file, bytes, offset);
        return bytes;
    }

    public bool IsMapped => _mapped != null;

    /// <summary>Maps the file, once every text is written, for the store to move its rows together in it: the whole
    /// file, writable until <see cref="Moved"/>. False when it cannot be mapped (no address space left for it, say):
    /// then the file stays open and its rows are read back from it (<see cref="ReadBack"/>).</summary>
    public bool TryMapForMoving(out Span<byte> whole)
    {
        if (_mapped != null) throw new InvalidOperationException("The texts' file is mapped already.");
        whole = default;
        if (_refuseMapping) return false;
        bool added = false;
        try
        {
            _file.DangerousAddRef(ref added);
            nint address = MapFile(0, (nuint)_length, ProtectRead | ProtectWrite, MapShared, (int)_file.DangerousGetHandle(), 0);
            if (address == -1) return false;
            _mapped = (byte*)address;
            _registered = Sources.MappedPages.Register(_mapped, _length);
        }
        finally
        {
            if (added) _file.DangerousRelease();
        }
        _file.Dispose(); // the mapping keeps the file
        whole = new Span<byte>(_mapped, checked((int)_length));
        return true;
    }

    /// <summary>The rows are in place: the mapping becomes read-only, and gives back the pages the moving touched.</summary>
    public void Moved()
    {
        _ = Protect((nint)_mapped, (nuint)_length, ProtectRead);
        Trim();
    }

    /// <summary>The first <paramref name="length"/> bytes of the mapping as memory, for a DataFrame column to wrap;
    /// the memory keeps the file alive.</summary>
    public ReadOnlyMemory<byte> Memory(int length) => new MappedMemory(this, length).Memory;

    private sealed class MappedMemory(SpilledTexts texts, int length) : System.Buffers.MemoryManager<byte>
    {
        public override Span<byte> GetSpan() => new(texts._mapped, length);

        public override System.Buffers.MemoryHandle Pin(int elementIndex = 0) => new(texts._mapped + elementIndex);

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }

    /// <summary>The <paramref name="length"/> bytes at <paramref name="offset"/>, once mapped.</summary>
    public ReadOnlySpan<byte> Bytes(long offset, int length)
    {
        // A fault maps the pages around the one read (64 KB on Linux), so scattered reads of short texts map far more
        // than they read: counted as that much, they give the pages back as often as a long reading does.
        Touched(length + FaultAround);
        return new ReadOnlySpan<byte>(_mapped + offset, length);
    }

    /// <summary>Counts <paramref name="length"/> bytes read or moved in the mapping, and gives its pages back every
    /// <see cref="TrimEvery"/> bytes.</summary>
    public void Touched(long length)
    {
        long read = Interlocked.Add(ref _read, length);
        if (read / _trimEvery != (read - length) / _trimEvery) Trim();
    }

    /// <summary>Gives back the mapping's pages: the file cache keeps them, and a read maps them again.</summary>
    private void Trim()
    {
        if (_mapped != null) Sources.MappedPages.Release(_mapped, _length);
    }

    /// <summary>Lets the file go: its pages are replaced by empty ones in place, so that nothing that still read from
    /// the mapping (a span made just before the store became unreachable) can fault.</summary>
    private void Retire()
    {
        if (_mapped == null)
        {
            _file.Dispose();
            return;
        }
        _registered.Dispose();
        _ = MapFile((nint)_mapped, (nuint)_length, ProtectRead, MapPrivate | MapAnonymous | MapFixed, -1, 0);
        _mapped = null;
    }

    private const int ProtectRead = 1, ProtectWrite = 2, MapShared = 1, MapPrivate = 2, MapFixed = 0x10, MapAnonymous = 0x20;

    [LibraryImport("libc", EntryPoint = "mmap", SetLastError = true)]
    private static partial nint MapFile(nint address, nuint length, int protection, int flags, int file, long offset);

    [LibraryImport("libc", EntryPoint = "mprotect")]
    private static partial int Protect(nint address, nuint length, int protection);

    private static readonly Files.FlowSetting<Settings> Setting = new(new Settings(SpillFrom, null, TrimEvery, false));

    private sealed record Settings(long SpillFrom, string? Root, long TrimEvery, bool RefuseMapping);

    /// <summary>For tests: until disposed, stores made by this flow spill from <paramref name="spillFrom"/> bytes, to
    /// files under <paramref name="root"/> instead of the system's temporary folder, and trim every <paramref name="trimEvery"/> bytes read;
    /// with <paramref name="refuseMapping"/>, their files cannot be mapped, as when the process has no address space left.</summary>
    internal static IDisposable Scope(long spillFrom, string? root = null, long trimEvery = TrimEvery, bool refuseMapping = false) =>
        Setting.Set(new Settings(spillFrom, root, trimEvery, refuseMapping));
}
