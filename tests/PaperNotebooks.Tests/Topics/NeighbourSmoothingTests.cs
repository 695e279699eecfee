using PaperNotebooks.Embeddings;
using PaperNotebooks.Topics;

namespace PaperNotebooks.Tests.Topics;

public sealed class NeighbourSmoothingTests
{
    /// <summary>Two tight groups of 30 unit vectors around two directions, and one noisy member of the first group that
    /// lies nearer the second direction than most of its group would.</summary>
    private static EmbeddingMatrix Planted(out int noisy)
    {
        var random = new Random(5);
        var vectors = new EmbeddingMatrix(61, 8);
        for (int i = 0; i < 60; i++)
        {
            var row = vectors.Row(i);
            row[i < 30 ? 0 : 1] = 1;
            for (int x = 0; x < 8; x++) row[x] += (float)(random.NextDouble() - 0.5) * 0.2f;
            Pooling.Normalize(row);
        }
        noisy = 60;
        var odd = vectors.Row(noisy);
        (odd[0], odd[1], odd[2]) = (0.75f, 0.55f, 0.35f);
        Pooling.Normalize(odd);
        return vectors;
    }

    [Fact]
    public void A_noisy_vector_is_pulled_towards_its_neighbours_and_every_vector_stays_of_length_one()
    {
        var vectors = Planted(out int noisy);
        var smoothed = NeighbourSmoothing.Smooth(vectors)!;

        float[] first = [1, 0, 0, 0, 0, 0, 0, 0];
        Assert.True(VectorMath.Dot(smoothed.ReadRow(noisy), first) > VectorMath.Dot(vectors.ReadRow(noisy), first) + 0.05f);
        for (int i = 0; i < smoothed.Count; i++) Assert.Equal(1f, VectorMath.Dot(smoothed.ReadRow(i), smoothed.ReadRow(i)), 4);
    }

    [Fact]
    public void Smoothing_gives_the_same_vectors_every_time_and_leaves_its_input_alone()
    {
        var vectors = Planted(out _);
        var before = (float[])vectors.Values.Clone();
        var once = NeighbourSmoothing.Smooth(vectors)!;
        var again = NeighbourSmoothing.Smooth(vectors)!;

        Assert.Equal(once.Values, again.Values);
        Assert.Equal(before, vectors.Values);
        Assert.NotEqual(before, once.Values);
    }

    [Theory]
    [InlineData(12, 3)]
    [InlineData(64, 1)]
    [InlineData(300, 10)]
    public void Each_paper_s_neighbours_are_its_most_similar_others_with_ties_going_to_the_earlier_paper(int count, int neighbours)
    {
        // Vectors on a coarse grid, many of them repeated, so that equal similarities are common.
        var random = new Random(count);
        var vectors = new EmbeddingMatrix(count, 6);
        for (int i = 0; i < count; i++)
        {
            var row = vectors.Row(i);
            if (i > 0 && random.Next(4) == 0) vectors.ReadRow(random.Next(i)).CopyTo(row);
            else for (int x = 0; x < row.Length; x++) row[x] = random.Next(-2, 3);
            if (VectorMath.Dot(row, row) == 0) row[0] = 1;
            Pooling.Normalize(row);
        }

        var lists = NeighbourSmoothing.Nearest(vectors, neighbours);

        for (int i = 0; i < count; i++)
        {
            // Every other paper by similarity, most similar first, the earlier of equals first.
            var expected = Enumerable.Range(0, count).Where(j => j != i)
                .Select(j => (Paper: j, Similarity: VectorMath.Dot(vectors.ReadRow(i), vectors.ReadRow(j))))
                .OrderByDescending(o => o.Similarity).ThenBy(o => o.Paper).Take(neighbours).Select(o => o.Paper).ToArray();
            Assert.Equal(expected, lists.Of(i).ToArray());
        }
    }

    [Fact]
    public void Too_few_papers_for_neighbours_or_too_many_for_exact_ones_are_not_smoothed()
    {
        Assert.Null(NeighbourSmoothing.Smooth(new EmbeddingMatrix(NeighbourSmoothing.Neighbours, 4)));
        Assert.Null(NeighbourSmoothing.Smooth(new EmbeddingMatrix(NeighbourSmoothing.MostPapers + 1, 2)));
    }
}
