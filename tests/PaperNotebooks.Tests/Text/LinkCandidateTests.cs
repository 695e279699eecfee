using CsCheck;
using PaperNotebooks.Text;

namespace PaperNotebooks.Tests.Text;

public sealed class LinkCandidateTests
{
    // What a link can start its reading at: a dot before a host's byte, or a colon before a slash.
    private static int FirstOneByOne(byte[] text, int from)
    {
        for (int i = from; i + 1 < text.Length; i++)
        {
            byte next = text[i + 1];
            bool host = next is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'.';
            if ((text[i] == (byte)'.' && host) || (text[i] == (byte)':' && next == (byte)'/')) return i;
        }
        return -1;
    }

    [Fact]
    public void The_sixteen_at_a_time_search_finds_the_place_a_byte_at_a_time_search_finds()
    {
        // The bytes around the tests' edges: both marks, what may follow them, and the letters' neighbours in ASCII
        // ('@', '[', '`', '{') and beyond it, where a wrong range check would let them through.
        var text = Gen.Byte[(byte)0, (byte)255].Array[0, 70];
        byte[] edges = ".:/aAzZ09-@[`{/ %\u00E9"u8.ToArray();
        var marked = Gen.Int[0, edges.Length - 1].Select(i => edges[i]).Array[0, 70];
        Gen.Select(Gen.OneOf(text, marked), Gen.Int[0, 72]).Sample((bytes, from) =>
        {
            from = Math.Min(from, bytes.Length);
            Assert.Equal(FirstOneByOne(bytes, from), LinkExtractor.NextCandidate(bytes, from));
        }, iter: 20_000);
    }

    [Fact]
    public void Links_after_many_decimal_points_are_still_found()
    {
        string text = string.Concat(Enumerable.Repeat("in 0.5% of 1.3B runs, ", 40)) + "see https://github.com/a/b. Or example.org.";
        Assert.Equal(["https://github.com/a/b", "https://example.org"], LinkExtractor.Extract(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}
