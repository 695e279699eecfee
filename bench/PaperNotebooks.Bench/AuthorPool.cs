using System.Globalization;
using System.Text;

namespace PaperNotebooks.Bench;

/// <summary>
/// Picks author names so that author statistics look like a real field: a pool of recurring
/// authors drawn with a Zipf-Mandelbrot law (a few are very prolific) mixed with a long tail of
/// names composed afresh. Recurring authors with accents are sometimes written without them, as
/// listings do ("Sam Adé Jacobs" and "Sam Ade Jacobs"), so author identity needs folding.
/// </summary>
internal sealed class AuthorPool
{
    private const int RecurringAuthors = 40_000;
    private const double ZipfExponent = 1.1;
    private const double ZipfOffset = 50;
    private const double RecurringShare = 0.3;
    private const double UnaccentedSpellingShare = 0.25;

    private readonly Random _random;
    private readonly string[] _names;
    private readonly string?[] _unaccented;
    private readonly double[] _cumulativeWeights;

    public AuthorPool(Random random)
    {
        _random = random;
        _names = new string[RecurringAuthors];
        _unaccented = new string?[RecurringAuthors];
        _cumulativeWeights = new double[RecurringAuthors];

        var seen = new HashSet<string>(RecurringAuthors);
        double total = 0;
        for (var rank = 0; rank < RecurringAuthors; rank++)
        {
            string name;
            do name = ComposeName(); while (!seen.Add(name));
            _names[rank] = name;
            var folded = WithoutAccents(name);
            _unaccented[rank] = folded == name ? null : folded;
            total += Math.Pow(rank + 1 + ZipfOffset, -ZipfExponent);
            _cumulativeWeights[rank] = total;
        }
    }

    /// <summary>One author name; recurring authors come back at Zipf frequencies.</summary>
    public string Next()
    {
        if (_random.NextDouble() >= RecurringShare) return ComposeName();

        var target = _random.NextDouble() * _cumulativeWeights[^1];
        var rank = Array.BinarySearch(_cumulativeWeights, target);
        if (rank < 0) rank = ~rank;
        rank = Math.Min(rank, RecurringAuthors - 1);
        var unaccented = _unaccented[rank];
        return unaccented is not null && _random.NextDouble() < UnaccentedSpellingShare ? unaccented : _names[rank];
    }

    private string ComposeName()
    {
        var roll = _random.NextDouble();
        if (roll < 0.012)
        {
            var (family, given) = Pick(Vocabulary.CjkNames);
            return Pick(family) + Pick(given);
        }
        if (roll < 0.015) return Pick(Vocabulary.GroupAuthors);

        // Middle initials and double surnames keep the long tail from colliding too often.
        var last = Pick(Vocabulary.LastNames);
        if (_random.NextDouble() < 0.05)
        {
            var second = Pick(Vocabulary.LastNames);
            if (!last.Contains(' ') && !second.Contains(' ') && second != last) last = $"{last}-{second}";
        }
        var first = Pick(Vocabulary.FirstNames);
        roll = _random.NextDouble();
        if (roll < 0.04) return $"{Initial(first)} {last}";
        if (roll < 0.05) return $"{Initial(first)} {RandomInitial()} {last}";
        if (roll < 0.30) return $"{first} {RandomInitial()} {last}";
        return $"{first} {last}";
    }

    private string RandomInitial() => $"{(char)('A' + _random.Next(26))}.";

    private static string Initial(string first) => $"{first[0]}.";

    private T Pick<T>(T[] pool) => pool[_random.Next(pool.Length)];

    private static string WithoutAccents(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
