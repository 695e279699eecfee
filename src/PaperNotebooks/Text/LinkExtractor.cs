using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace PaperNotebooks.Text;

/// <summary>
/// Finds the links in an abstract: every <c>http(s)://</c> URL, and bare host names on well-known domains
/// (<c>deepspeed4science.ai</c>), which are given an <c>https://</c> scheme so they can be followed.
/// Works on UTF-8 bytes so that abstracts need not be decoded to be searched.
/// </summary>
internal static class LinkExtractor
{
    private static readonly string[] CodeHosts =
        ["github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sourceforge.net", "gitee.com", "git.sr.ht", "sr.ht", "gitea.com"];

    // Generic top-level domains and a few country domains that are not also common file extensions
    // (so "train.py" or "README.md" never become links).
    private static readonly SmallWordSet BareHostDomains = new(
    [
        "com", "org", "net", "edu", "gov", "io", "ai", "dev", "app", "info", "tech", "cloud", "science", "page",
        "site", "xyz", "jp", "cn", "uk", "de", "fr", "eu", "ch", "nl", "kr",
    ], StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Extract(ReadOnlySpan<byte> text)
    {
        List<string>? links = null;
        for (int dot = NextCandidate(text, 0); dot >= 0;)
        {
            if (text[dot] == (byte)':' ? TrySchemeUrl(text, dot, out int start, out int end) : TryBareHost(text, dot, out start, out end))
            {
                string link = Encoding.UTF8.GetString(text[start..end]);
                if (text[dot] == (byte)'.') link = "https://" + link;
                (links ??= []).Add(link);
                dot = NextCandidate(text, end);
            }
            else
            {
                dot = NextCandidate(text, dot + 1);
            }
        }
        return links is null ? [] : links;
    }

    /// <summary>
    /// The first place at or after <paramref name="from"/> where a link can be read, or -1: a <c>:</c> followed by
    /// <c>/</c> (the scheme's end) or a <c>.</c> followed by a byte a host name has (a bare host's). Every link has one,
    /// and an abstract has few: its sentences end in ". ", which a search for every dot and colon stopped at a dozen times
    /// an abstract, the read's most frequent search (a million abstracts: half a second of CPU).
    /// </summary>
    /// <remarks>Sixteen bytes at a time, each compared with the byte after it; the last bytes one at a time.</remarks>
    internal static int NextCandidate(ReadOnlySpan<byte> text, int from)
    {
        int i = from;
        if (Vector128.IsHardwareAccelerated)
        {
            ref byte first = ref MemoryMarshal.GetReference(text);
            // Each load of the bytes after reads one past the sixteen, so the loop stops a byte short of the end.
            for (; i + Vector128<byte>.Count < text.Length; i += Vector128<byte>.Count)
            {
                var here = Vector128.LoadUnsafe(ref first, (nuint)i);
                var next = Vector128.LoadUnsafe(ref first, (nuint)(i + 1));
                var letter = Vector128.LessThanOrEqual((next | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)25));
                var digit = Vector128.LessThanOrEqual(next - Vector128.Create((byte)'0'), Vector128.Create((byte)9));
                var host = letter | digit | Vector128.Equals(next, Vector128.Create((byte)'-')) | Vector128.Equals(next, Vector128.Create((byte)'.'));
                var found = (Vector128.Equals(here, Vector128.Create((byte)'.')) & host)
                    | (Vector128.Equals(here, Vector128.Create((byte)':')) & Vector128.Equals(next, Vector128.Create((byte)'/')));
                if (found != Vector128<byte>.Zero) return i + BitOperations.TrailingZeroCount(found.ExtractMostSignificantBits());
            }
        }
        for (; i + 1 < text.Length; i++)
        {
            if (text[i] == (byte)'.' ? IsHostByte(text[i + 1]) : text[i] == (byte)':' && text[i + 1] == (byte)'/') return i;
        }
        return -1;
    }

    /// <summary>The first link whose host is a code host (GitHub, GitLab, ...), or null. The host is read off the link as
    /// written (<see cref="HostOf"/>), not by making a <see cref="Uri"/> of it: a million abstracts hold ~150,000 links,
    /// and parsing each cost a fifth of a second of a read's time and memory.</summary>
    public static string? FirstCodeUrl(IReadOnlyList<string> links)
    {
        foreach (var link in links)
        {
            var host = HostOf(link);
            if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) host = host[4..];
            foreach (var codeHost in CodeHosts)
            {
                if (host.Equals(codeHost, StringComparison.OrdinalIgnoreCase)) return link;
            }
        }
        return null;
    }

    /// <summary>The host of an absolute <c>scheme://</c> link: what is between <c>://</c> and the first <c>/</c>,
    /// <c>?</c> or <c>#</c>, without user information (<c>user@</c>) or a port; empty when the link has no host or its
    /// port is not one (no link on a code host then, as a <see cref="Uri"/> would refuse it).</summary>
    internal static ReadOnlySpan<char> HostOf(string link)
    {
        var text = link.AsSpan().Trim();
        int scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0) return default;
        var authority = text[(scheme + 3)..];
        int end = authority.IndexOfAny('/', '?', '#');
        if (end >= 0) authority = authority[..end];
        int at = authority.LastIndexOf('@');
        if (at >= 0) authority = authority[(at + 1)..];
        int colon = authority.IndexOf(':');
        if (colon < 0) return authority;
        var port = authority[(colon + 1)..];
        bool number = port.IsEmpty || (port.Length <= 5 && !port.ContainsAnyExceptInRange('0', '9') && int.Parse(port) <= ushort.MaxValue);
        return number ? authority[..colon] : default;
    }

    private static bool TrySchemeUrl(ReadOnlySpan<byte> text, int colon, out int start, out int end)
    {
        start = end = 0;
        if (colon + 3 >= text.Length || text[colon + 1] != (byte)'/' || text[colon + 2] != (byte)'/') return false;
        if (colon >= 5 && text.Slice(colon - 5, 5).SequenceEqual("https"u8)) start = colon - 5;
        else if (colon >= 4 && text.Slice(colon - 4, 4).SequenceEqual("http"u8)) start = colon - 4;
        else return false;
        if (start > 0 && IsHostByte(text[start - 1])) return false;

        end = ScanToUrlEnd(text, colon + 3);
        end = TrimTrailingPunctuation(text, start, end);
        return end > colon + 3;
    }

    private static bool TryBareHost(ReadOnlySpan<byte> text, int dot, out int start, out int end)
    {
        start = end = 0;
        // Most dots end a sentence: no host goes on after them, and the word before need not be walked back over.
        if (dot + 1 >= text.Length || !IsHostByte(text[dot + 1])) return false;
        // The label before the dot, which must start at a word boundary.
        start = dot;
        while (start > 0 && IsHostByte(text[start - 1]) && text[start - 1] != (byte)'.') start--;
        if (start == dot) return false;
        if (start > 0 && text[start - 1] is not ((byte)' ' or (byte)'(' or (byte)'[' or (byte)'"' or (byte)'\'')) return false;

        // Labels after the dot; the last one must be a known domain.
        int hostEnd = dot;
        int lastLabelStart = dot + 1;
        while (hostEnd < text.Length && (text[hostEnd] == (byte)'.' || IsHostByte(text[hostEnd])))
        {
            if (text[hostEnd] == (byte)'.')
            {
                if (hostEnd + 1 >= text.Length || !IsHostByte(text[hostEnd + 1])) break;
                lastLabelStart = hostEnd + 1;
            }
            hostEnd++;
        }
        if (lastLabelStart >= hostEnd) return false;
        var tld = text[lastLabelStart..hostEnd];
        if (tld.Length < 2 || tld.Length > 7) return false;
        foreach (byte b in tld)
        {
            if (!IsAsciiLetter(b)) return false;
        }
        Span<char> tldChars = stackalloc char[tld.Length];
        for (int k = 0; k < tld.Length; k++) tldChars[k] = (char)tld[k];
        if (!BareHostDomains.Contains(tldChars)) return false;

        end = hostEnd < text.Length && text[hostEnd] == (byte)'/' ? ScanToUrlEnd(text, hostEnd) : hostEnd;
        end = TrimTrailingPunctuation(text, start, end);
        return true;
    }

    private static int ScanToUrlEnd(ReadOnlySpan<byte> text, int from)
    {
        int end = from;
        while (end < text.Length && text[end] > (byte)' ' && text[end] is not ((byte)'"' or (byte)'<' or (byte)'>')) end++;
        return end;
    }

    // Sentence punctuation after a URL is not part of it; a closing bracket is, only when the URL opened it.
    // The brackets are counted once and the counts follow the trimming, so a URL followed by a million ')' costs
    // one pass, not one pass per ')'.
    private static int TrimTrailingPunctuation(ReadOnlySpan<byte> text, int start, int end)
    {
        var url = text[start..end];
        Span<int> opened = [url.Count((byte)'('), url.Count((byte)'['), url.Count((byte)'{')];
        Span<int> closed = [url.Count((byte)')'), url.Count((byte)']'), url.Count((byte)'}')];
        while (end > start)
        {
            byte last = text[end - 1];
            if (last is (byte)'.' or (byte)',' or (byte)';' or (byte)':' or (byte)'!' or (byte)'?' or (byte)'\'' or (byte)'*')
            {
                end--;
            }
            else if (last is (byte)')' or (byte)']' or (byte)'}')
            {
                int kind = last == (byte)')' ? 0 : last == (byte)']' ? 1 : 2;
                if (opened[kind] >= closed[kind]) break;
                closed[kind]--;
                end--;
            }
            else
            {
                break;
            }
        }
        return end;
    }

    private static bool IsHostByte(byte b) => IsAsciiLetter(b) || (uint)(b - '0') <= 9 || b is (byte)'-' or (byte)'.';
    private static bool IsAsciiLetter(byte b) => (uint)((b | 0x20) - 'a') <= 25;
}
