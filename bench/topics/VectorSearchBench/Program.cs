using System.Diagnostics;
using PaperNotebooks.Embeddings;

// dotnet run -c Release --project bench/topics/VectorSearchBench [-- <vectors>]
// Random unit vectors stand in for cached paper vectors: an exact search reads every one whatever they hold.
int count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200_000;
const int Dimensions = 384, Queries = 30, Top = 20;
var random = new Random(42);
var vectors = new EmbeddingMatrix(count, Dimensions);
for (int i = 0; i < count; i++)
{
    var row = vectors.Row(i);
    double norm = 0;
    for (int d = 0; d < Dimensions; d++)
    {
        row[d] = (float)(random.NextDouble() * 2 - 1);
        norm += row[d] * row[d];
    }
    for (int d = 0; d < Dimensions; d++) row[d] /= (float)Math.Sqrt(norm);
}
var index = new VectorIndex(vectors);
index.Nearest(vectors.ReadRow(0), Top);
var times = new List<double>();
for (int q = 0; q < Queries; q++)
{
    var watch = Stopwatch.StartNew();
    var hits = index.Nearest(vectors.ReadRow(random.Next(count)), Top);
    times.Add(watch.Elapsed.TotalMilliseconds);
    if (hits.Count != Top) throw new InvalidOperationException("short result");
}
times.Sort();
Console.WriteLine($"{count:N0} vectors × {Dimensions} float32 ({count * Dimensions * 4 / 1e6:N0} MB), top {Top}, {Environment.ProcessorCount} cores: " +
                  $"median {times[Queries / 2]:F1} ms, fastest {times[0]:F1} ms, slowest {times[^1]:F1} ms over {Queries} queries");
