namespace PaperNotebooks.Embeddings;

/// <summary>Vectors of one length, one row each, in one float32 array (row-major): no object per vector.</summary>
public sealed class EmbeddingMatrix
{
    public EmbeddingMatrix(int count, int dimensions)
        : this(new float[checked(count * dimensions)], count, dimensions)
    {
    }

    public EmbeddingMatrix(float[] values, int count, int dimensions)
    {
        if (values.Length != count * dimensions) throw new ArgumentException("values must hold count × dimensions floats", nameof(values));
        Values = values;
        Count = count;
        Dimensions = dimensions;
    }

    public int Count { get; }
    public int Dimensions { get; }

    /// <summary>All vectors, row after row.</summary>
    public float[] Values { get; }

    public Span<float> Row(int index) => Values.AsSpan(index * Dimensions, Dimensions);

    public ReadOnlySpan<float> ReadRow(int index) => new(Values, index * Dimensions, Dimensions);
}
