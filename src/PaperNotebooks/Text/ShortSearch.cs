namespace PaperNotebooks.Text;

/// <summary>
/// A character's first or last place in a text a few words long, by a plain loop: the listing reader asks where a word
/// starts or ends a dozen times a title/author line. .NET's searches are vectorised, which pays on long texts, but in a
/// notebook kernel their vector code is compiled on first use and then waits, unoptimised, behind the kernel's own
/// methods in the runtime's queue for optimising (a 1M-paper load ran the last-index search unoptimised for 0.3 s of
/// CPU); this is compiled ahead with the package, and as fast on a few words.
/// </summary>
internal static class ShortSearch
{
    public static int IndexOf(ReadOnlySpan<char> text, char c)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == c) return i;
        }
        return -1;
    }

    public static int LastIndexOf(ReadOnlySpan<char> text, char c)
    {
        for (int i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == c) return i;
        }
        return -1;
    }
}
