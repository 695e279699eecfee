using Lucene.Net.Search.Similarities;

namespace PaperNotebooks.Search.Scanning;

/// <summary>
/// The index's BM25 (<see cref="BM25Similarity"/>, as <see cref="PaperSearchIndex"/> searches with it), with the parts
/// a scan scores by: idf, and the field length the index keeps in one byte per field, so a scan ranks as the index
/// does from the same counts.
/// </summary>
internal sealed class Bm25 : BM25Similarity
{
    public static Bm25 Instance { get; } = new();

    private Bm25() { }

    public float IdfOf(long documentFrequency, long documents) => Idf(documentFrequency, documents);

    /// <summary>The length the index would read back for a field of <paramref name="words"/> words.</summary>
    public byte LengthByte(int words) => EncodeNormValue(1f, words);

    /// <summary>For each length byte, the denominator's length part, <c>k1 * (1 - b + b * length / average)</c>.</summary>
    public float[] LengthNorms(float averageLength)
    {
        var norms = new float[256];
        for (int i = 0; i < norms.Length; i++) norms[i] = K1 * ((1 - B) + B * DecodeNormValue((byte)i) / averageLength);
        return norms;
    }
}
