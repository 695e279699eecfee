using System.Runtime.InteropServices;

namespace PaperNotebooks.Files;

/// <summary>What kind of file system object a path names.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    Socket,
    CharacterDevice,
    BlockDevice,
    Other,
}

/// <summary>
/// The kind, size and identity (device and inode) of a path, symbolic links followed. .NET's file APIs cannot tell
/// a FIFO or a device from an empty file, and opening a FIFO blocks, so on Linux this asks the kernel with
/// <c>statx</c>, whose record has the same layout on every architecture.
/// </summary>
public sealed record FileStatus(FileKind Kind, long Size, ulong Device, ulong Inode)
{
    public static FileStatus Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                return OfLinux(path);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // A libc without statx: fall back to what .NET can see.
            }
        }
        if (Directory.Exists(path)) return new FileStatus(FileKind.Directory, 0, 0, 0);
        var info = new FileInfo(path);
        return info.Exists ? new FileStatus(FileKind.Regular, info.Length, 0, 0) : new FileStatus(FileKind.Missing, 0, 0, 0);
    }

    /// <summary>Whether two statuses name the same file (same device and inode), where identities are known.</summary>
    public bool IsSameFileAs(FileStatus other) =>
        Kind != FileKind.Missing && other.Kind != FileKind.Missing && Inode != 0 && Device == other.Device && Inode == other.Inode;

    private const int AtFdCwd = -100;
    private const uint StatxBasicStats = 0x7ff;
    private const int StatxSize = 256;

    private static unsafe FileStatus OfLinux(string path)
    {
        byte* buffer = stackalloc byte[StatxSize];
        if (Statx(AtFdCwd, path, 0, StatxBasicStats, buffer) != 0)
        {
            return new FileStatus(FileKind.Missing, 0, 0, 0);
        }
        // struct statx: stx_mode (u16) at 28, stx_ino (u64) at 32, stx_size (u64) at 40, stx_dev_major/minor (u32) at 136/140.
        ushort mode = *(ushort*)(buffer + 28);
        ulong inode = *(ulong*)(buffer + 32);
        long size = (long)*(ulong*)(buffer + 40);
        ulong device = ((ulong)*(uint*)(buffer + 136) << 32) | *(uint*)(buffer + 140);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            _ => FileKind.Other,
        };
        return new FileStatus(kind, size, device, inode);
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern unsafe int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte* buffer);
}
