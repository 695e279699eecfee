using System.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources;

/// <summary>What a source read in parts on all cores must give: what one pass over the same bytes gives, papers and
/// diagnostics alike, for files good, bad and mangled.</summary>
internal static class PartsEquivalence
{
    /// <summary>A source's one pass over a whole file, which its reading in parts is checked against.</summary>
    public unsafe delegate DiagnosticList OnePass(byte* data, long length, SourceContext context, IPaperSink sink);

    /// <summary>Reads <paramref name="bytes"/> as file <paramref name="name"/> in parts of about <paramref name="partSize"/> bytes.</summary>
    public static ListingParseResult Read(IPaperSource source, string name, byte[] bytes, int partSize = SourceContext.DefaultBlockSize)
    {
        var sink = new PaperListSink();
        return sink.ToResult(PaperSources.Read(source, bytes, new SourceContext(name, TestPapers.Options, partSize), sink), name);
    }

    /// <summary>Reads <paramref name="bytes"/> as file <paramref name="name"/> in <paramref name="onePass"/>.</summary>
    public static unsafe ListingParseResult ReadInOnePass(OnePass onePass, string name, byte[] bytes)
    {
        var sink = new PaperListSink();
        fixed (byte* data = bytes)
        {
            return sink.ToResult(onePass(data, bytes.Length, new SourceContext(name, TestPapers.Options), sink), name);
        }
    }

    /// <summary>Makes <paramref name="edits"/> random edits: a run of up to <paramref name="longestCut"/> characters
    /// removed, or one of <paramref name="alphabet"/> inserted.</summary>
    public static void Mangle(StringBuilder text, Random random, string alphabet, int edits, int longestCut)
    {
        for (; edits > 0; edits--)
        {
            int at = random.Next(text.Length + 1);
            if (random.Next(2) == 0 && at < text.Length) text.Remove(at, Math.Min(text.Length - at, random.Next(1, longestCut + 1)));
            else text.Insert(at, alphabet[random.Next(alphabet.Length)]);
        }
    }

    /// <summary>Reads <paramref name="bytes"/> in parts of each size in <paramref name="partSizes"/> and asserts each gives
    /// <paramref name="whole"/>.</summary>
    public static void AssertPartsGive(ListingParseResult whole, byte[] bytes, IEnumerable<int> partSizes, Func<byte[], int, ListingParseResult> read, string what)
    {
        foreach (int size in partSizes)
        {
            var parts = read(bytes, size);
            Assert.True(whole.Papers.SequenceEqual(parts.Papers), $"{what}, parts of {size}: {whole.Papers.Count} papers against {parts.Papers.Count}");
            Assert.True(whole.Diagnostics.SequenceEqual(parts.Diagnostics),
                $"{what}, parts of {size}:\n{string.Join("\n", whole.Diagnostics)}\n--\n{string.Join("\n", parts.Diagnostics)}");
        }
    }
}
