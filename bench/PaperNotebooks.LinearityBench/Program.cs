using System.Diagnostics;
using System.Globalization;
using System.Text;
using PaperNotebooks.LinearityBench;
using PaperNotebooks.Listing;

// Each hostile input is read at size N and 2N (best of five runs after a warm-up): a linear reader takes about
// twice as long at 2N, a quadratic one four times. A ratio of 2.5 or more fails the run (exit 1).
const double Limit = 2.5;
double scale = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 1.0;
var options = new ListingReadOptions { AsOf = new DateOnly(2026, 11, 26) };
bool linear = true;

Console.WriteLine($"{"input",-44} {"N",12} {"t(N) s",9} {"t(2N) s",9} {"ratio",6}");
foreach (var input in HostileInput.All)
{
    int n = Math.Max(1, (int)(input.BaseSize * scale));
    var small = Encoding.UTF8.GetBytes(input.Make(n));
    var large = Encoding.UTF8.GetBytes(input.Make(2 * n));
    Best(small);
    double t1 = Best(small), t2 = Best(large);
    double ratio = t2 / t1;
    linear &= ratio < Limit;
    Console.WriteLine($"{input.Name,-44} {n,12:N0} {t1,9:N3} {t2,9:N3} {ratio,6:N2}{(ratio < Limit ? "" : "  NOT LINEAR")}");
}
return linear ? 0 : 1;

double Best(byte[] bytes)
{
    double best = double.MaxValue;
    for (int run = 0; run < 5; run++)
    {
        // The previous run's papers are collected before the clock starts, not during the next run.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var stopwatch = Stopwatch.StartNew();
        PaperListingReader.Parse(bytes, options, "hostile.txt");
        best = Math.Min(best, stopwatch.Elapsed.TotalSeconds);
    }
    return best;
}
