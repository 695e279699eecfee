using PaperNotebooks.Embeddings;

namespace PaperNotebooks.Tests.Embeddings;

public sealed class VectorIndexTests
{
    private static EmbeddingMatrix RandomUnitVectors(int count, int dimensions, int seed)
    {
        var random = new Random(seed);
        var matrix = new EmbeddingMatrix(count, dimensions);
        for (int i = 0; i < count; i++)
        {
            var row = matrix.Row(i);
            for (int d = 0; d < dimensions; d++) row[d] = (float)(random.NextDouble() * 2 - 1);
            Pooling.Normalize(row);
        }
        return matrix;
    }

    [Fact]
    public void Nearest_finds_the_same_rows_as_sorting_every_cosine()
    {
        var vectors = RandomUnitVectors(20_000, 384, seed: 7);
        var index = new VectorIndex(vectors);
        for (int q = 0; q < 5; q++)
        {
            var query = vectors.ReadRow(q * 1000).ToArray();
            var expected = Enumerable.Range(0, vectors.Count)
                .Where(r => r != q * 1000)
                .Select(r => (Row: r, Score: vectors.ReadRow(r).ToArray().Zip(query, (a, b) => (double)a * b).Sum()))
                .OrderByDescending(h => h.Score).Take(10).Select(h => h.Row);
            Assert.Equal(expected, index.Nearest(query, 10, exclude: q * 1000).Select(h => h.Row));
        }
    }

    [Fact]
    public void Nearest_returns_no_more_than_there_are_rows_and_nothing_for_top_zero()
    {
        var vectors = RandomUnitVectors(3, 8, seed: 1);
        var index = new VectorIndex(vectors);
        Assert.Equal(2, index.Nearest(vectors.ReadRow(0), 10, exclude: 0).Count);
        Assert.Empty(index.Nearest(vectors.ReadRow(0), 0));
    }
}
