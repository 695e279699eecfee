namespace PaperNotebooks.Listing;

/// <summary>A 64-bit hash of an author's name or a title term as written (FNV-1a over its characters): the listing's
/// second pass keeps these instead of the strings, so that evidence from a large file costs eight bytes a name.</summary>
internal static class AuthorHash
{
    public static ulong Of(string name) => Of(name.AsSpan());

    public static ulong Of(ReadOnlySpan<char> name)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in name) hash = (hash ^ c) * 1099511628211;
        return hash;
    }
}
