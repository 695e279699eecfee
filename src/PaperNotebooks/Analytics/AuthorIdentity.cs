using System.Runtime.CompilerServices;

using PaperNotebooks.Text;

namespace PaperNotebooks.Analytics;

/// <summary>
/// Who an author is, ignoring case, accents and spacing: "Sam Adé Jacobs" and "sam ade  jacobs" are one person.
/// </summary>
public static class AuthorIdentity
{
    /// <summary>The comparable form of a name: accents removed, lower case, single spaces.</summary>
    public static string Key(string name)
    {
        string key = CaseInsensitiveKey(name);
        return ReferenceEquals(key, name) ? name.ToLowerInvariant() : key;
    }

    /// <summary>
    /// Like <see cref="Key"/> but may keep upper case, to be compared with <see cref="StringComparer.OrdinalIgnoreCase"/>:
    /// plain ASCII names are returned as they are, without allocating.
    /// </summary>
    internal static string CaseInsensitiveKey(string name)
    {
        if (IsPlain(name)) return name;
        char[] buffer = new char[name.Length * 2];
        return new string(FoldedKey(name, ref buffer));
    }

    /// <summary>
    /// <see cref="CaseInsensitiveKey(string)"/> without allocating a string: the name itself when it is plain ASCII
    /// (<paramref name="plain"/>), else the key written into <paramref name="buffer"/>, which grows as needed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ReadOnlySpan<char> CaseInsensitiveKey(string name, ref char[] buffer, out bool plain)
    {
        plain = IsPlain(name);
        return plain ? name : FoldedKey(name, ref buffer);
    }

    /// <summary>A hash of <see cref="CaseInsensitiveKey(string)"/> ignoring case (randomized per process): names of one
    /// person hash alike. <paramref name="buffer"/> is as for <see cref="CaseInsensitiveKey(string, ref char[], out bool)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static uint KeyHash(string name, ref char[] buffer) =>
        (uint)string.GetHashCode(CaseInsensitiveKey(name, ref buffer, out _), StringComparison.OrdinalIgnoreCase);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPlain(string name)
    {
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c > 0x7F || (c == ' ' && (i == 0 || name[i - 1] == ' ')) || c is '\t' or '.') return false;
        }
        return !name.EndsWith(' ');
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> FoldedKey(string name, ref char[] buffer)
    {
        int length = 0;
        bool pendingSpace = false;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c) || c == '.')
            {
                pendingSpace = length > 0;
                continue;
            }
            string folded = AccentFolding.Of(c);
            if (folded.Length == 0) continue;
            if (length + folded.Length + 1 > buffer.Length) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + folded.Length + 1));
            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }
            folded.CopyTo(buffer.AsSpan(length));
            length += folded.Length;
        }
        return buffer.AsSpan(0, length);
    }

    /// <summary>True when both names are the same person by <see cref="Key"/>.</summary>
    public static bool SameAuthor(string a, string b) => Key(a) == Key(b);

    /// <summary>True when <paramref name="name"/> contains <paramref name="query"/> ignoring case and accents.</summary>
    public static bool Matches(string name, string query) => Key(name).Contains(Key(query), StringComparison.Ordinal);
}
