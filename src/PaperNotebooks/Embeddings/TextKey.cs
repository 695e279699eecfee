using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PaperNotebooks.Embeddings;

/// <summary>The first 128 bits of the SHA-256 of a text's UTF-8: the name a text's vector is cached under.</summary>
internal static class TextKey
{
    public static UInt128 Of(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        int length = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = length > 4096 ? new byte[length] : null;
        Span<byte> utf8 = rented ?? stackalloc byte[length];
        int written = Encoding.UTF8.GetBytes(text, utf8);
        SHA256.HashData(utf8[..written], hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }
}
