using System.Buffers.Binary;
using System.Runtime.InteropServices;
using PaperNotebooks.Fetching;
using PaperNotebooks.Files;

namespace PaperNotebooks.Embeddings;

/// <summary>
/// Text vectors on disk, under the same cache folder as fetched pages (<c>embeddings/&lt;model&gt;/</c>), keyed by the
/// model (folder) and the SHA-256 of the text. Each run that computes vectors adds pack files of them (a header, the
/// keys, then the float32 rows), written whole through a temporary file and a rename, so a crash or a cancelled cell
/// leaves whole packs or none. A pack that does not read back (wrong size, other dimensions) is skipped. A cache that
/// cannot be read or written is a warning, never a failure.
/// </summary>
internal sealed class EmbeddingCache
{
    private const ulong Magic = 0x3156_4543_4e45_504e; // "PNENCV1" little-endian, one byte spare
    private const int HeaderBytes = 16;

    public EmbeddingCache(string folder) => Folder = folder;

    public string Folder { get; }

    /// <summary>The folder for a model's vectors under a cache root (<see cref="ResponseCache.DefaultFolder"/> by default).</summary>
    public static EmbeddingCache For(string modelKey, string? root = null) =>
        new(Path.Combine(root ?? ResponseCache.DefaultFolder, "embeddings", modelKey));

    /// <summary>Copies the cached vectors of <paramref name="keys"/> into <paramref name="into"/>'s rows; returns which
    /// rows were found. Problems reading are added to <paramref name="warnings"/>.</summary>
    public bool[] Fill(IReadOnlyList<UInt128> keys, EmbeddingMatrix into, List<string> warnings)
    {
        var found = new bool[keys.Count];
        if (!Directory.Exists(Folder)) return found;
        var wanted = new Dictionary<UInt128, List<int>>(keys.Count);
        for (int i = 0; i < keys.Count; i++)
        {
            if (!wanted.TryGetValue(keys[i], out var rows)) wanted[keys[i]] = rows = [];
            rows.Add(i);
        }
        try
        {
            foreach (string pack in Directory.EnumerateFiles(Folder, "*.vec"))
            {
                ReadPack(pack, wanted, into, found);
                if (wanted.Count == 0) break;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add($"could not read the embedding cache '{Folder}': {e.Message}");
        }
        return found;
    }

    private static void ReadPack(string path, Dictionary<UInt128, List<int>> wanted, EmbeddingMatrix into, bool[] found)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        if (bytes.Length < HeaderBytes || BinaryPrimitives.ReadUInt64LittleEndian(bytes) != Magic) return;
        int dimensions = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8));
        int count = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12));
        if (dimensions != into.Dimensions || count < 0 || bytes.Length != HeaderBytes + (long)count * (16 + 4 * dimensions)) return;
        var keys = MemoryMarshal.Cast<byte, UInt128>(bytes.AsSpan(HeaderBytes, count * 16));
        var vectors = MemoryMarshal.Cast<byte, float>(bytes.AsSpan(HeaderBytes + count * 16));
        for (int k = 0; k < count; k++)
        {
            if (!wanted.Remove(keys[k], out var rows)) continue;
            var vector = vectors.Slice(k * dimensions, dimensions);
            foreach (int row in rows)
            {
                vector.CopyTo(into.Row(row));
                found[row] = true;
            }
        }
    }

    /// <summary>Keeps vectors (rows of <paramref name="vectors"/> for <paramref name="keys"/>) as one new pack; null
    /// when kept, else why not (one line).</summary>
    public string? Add(IReadOnlyList<UInt128> keys, IReadOnlyList<int> rows, EmbeddingMatrix vectors)
    {
        if (keys.Count == 0) return null;
        try
        {
            Directory.CreateDirectory(Folder);
            string path = Path.Combine(Folder, $"{Guid.NewGuid():N}.vec");
            AtomicFile.Write(path, stream =>
            {
                Span<byte> header = stackalloc byte[HeaderBytes];
                BinaryPrimitives.WriteUInt64LittleEndian(header, Magic);
                BinaryPrimitives.WriteInt32LittleEndian(header[8..], vectors.Dimensions);
                BinaryPrimitives.WriteInt32LittleEndian(header[12..], keys.Count);
                stream.Write(header);
                foreach (var key in keys)
                {
                    var one = key;
                    stream.Write(MemoryMarshal.AsBytes(new Span<UInt128>(ref one)));
                }
                foreach (int row in rows) stream.Write(MemoryMarshal.AsBytes(vectors.ReadRow(row)));
            }, overwrite: false);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OutputFileException)
        {
            return $"could not keep vectors in the embedding cache '{Folder}': {e.Message}";
        }
    }
}
