using System.Text;
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
        bool plain = true;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c > 0x7F || (c == ' ' && (i == 0 || name[i - 1] == ' ')) || c is '\t' or '.')
            {
                plain = false;
                break;
            }
        }
        if (plain && !name.EndsWith(' ')) return name;

        var key = new StringBuilder(name.Length);
        bool pendingSpace = false;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c) || c == '.')
            {
                pendingSpace = key.Length > 0;
                continue;
            }
            string folded = AccentFolding.Of(c);
            if (folded.Length == 0) continue;
            if (pendingSpace)
            {
                key.Append(' ');
                pendingSpace = false;
            }
            key.Append(folded);
        }
        return key.ToString();
    }

    /// <summary>True when both names are the same person by <see cref="Key"/>.</summary>
    public static bool SameAuthor(string a, string b) => Key(a) == Key(b);

    /// <summary>True when <paramref name="name"/> contains <paramref name="query"/> ignoring case and accents.</summary>
    public static bool Matches(string name, string query) => Key(name).Contains(Key(query), StringComparison.Ordinal);
}
