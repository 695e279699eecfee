using CsCheck;

using PaperNotebooks.Analytics;

namespace PaperNotebooks.Tests.Analytics;

/// <summary>Names known up front are grouped into people by sorting their keys' hashes: the same people a map by key
/// finds, whatever the hash.</summary>
public sealed class PeopleOfNamesTests
{
    // Letters that fold (accents, case), spaces and dots that the key drops or squeezes.
    private static readonly Gen<string> Names = Gen.Char["aAeEéÉ. "].Array[1, 7].Select(chars => new string(chars));

    [Fact]
    public void Names_are_one_person_exactly_when_a_map_by_key_says_so()
    {
        Names.Array[0, 400].Sample(names => AssertGroupedByKey(names, PeopleOfNames.Group(names, Hashes(names, AuthorIdentity.KeyHash), out int people), people), iter: 300);
    }

    [Fact]
    public void Names_whose_keys_only_share_a_hash_stay_apart()
    {
        // Every key collides with many others: the run of a hash is sorted out by comparing the keys themselves.
        Names.Array[0, 400].Sample(names => AssertGroupedByKey(names, PeopleOfNames.Group(names, Hashes(names, LengthHash), out int people), people), iter: 300);
    }

    [Fact]
    public void Many_names_grouped_in_a_bucket_per_core_are_the_people_of_a_map_by_key()
    {
        var names = Enumerable.Range(0, PeopleOfNames.BucketsFrom + 20_000)
            .Select(i => (i % 5) switch
            {
                0 => $"Zoë Nakamura {i % 9_000}",
                1 => $"ZOE NAKAMURA {i % 7_000}",
                2 => $"zoe  nakamura {i % 11_000}",
                3 => $"J. R. Tolkien {i}",
                _ => $"J R Tolkien {i / 2}",
            })
            .ToArray();
        AssertGroupedByKey(names, PeopleOfNames.Group(names, Hashes(names, AuthorIdentity.KeyHash), out int people), people);
        AssertGroupedByKey(names, PeopleOfNames.Group(names, Hashes(names, EndHash), out int collided), collided);
    }

    /// <summary>Same people as a map from <see cref="AuthorIdentity.CaseInsensitiveKey(string)"/> (ignoring case) finds,
    /// numbered from 0 in the order of each person's first name.</summary>
    private static void AssertGroupedByKey(string[] names, int[] personOf, int people)
    {
        var byKey = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var expected = names.Select(name =>
        {
            string key = AuthorIdentity.CaseInsensitiveKey(name);
            if (!byKey.TryGetValue(key, out int person)) byKey[key] = person = byKey.Count;
            return person;
        }).ToArray();
        Assert.Equal(byKey.Count, people);
        Assert.Equal(expected, personOf);
    }

    private delegate uint NameHash(string name, ref char[] buffer);

    private static uint[] Hashes(string[] names, NameHash hash)
    {
        char[] buffer = [];
        return [.. names.Select(name => hash(name, ref buffer))];
    }

    /// <summary>A hash with collisions everywhere: equal keys still hash alike (their lengths after folding are equal).</summary>
    private static uint LengthHash(string name, ref char[] buffer) => (uint)AuthorIdentity.CaseInsensitiveKey(name, ref buffer, out _).Length % 3;

    /// <summary>Fewer collisions, for many names: the key's length and last letter.</summary>
    private static uint EndHash(string name, ref char[] buffer)
    {
        var key = AuthorIdentity.CaseInsensitiveKey(name, ref buffer, out _);
        return key.Length == 0 ? 0 : (uint)(key.Length * 31 + char.ToUpperInvariant(key[^1])) % 97 * 44_278_007u;
    }
}
