using System.Runtime.CompilerServices;

namespace PaperNotebooks.Analytics;

/// <summary>
/// Which names are one person (<see cref="AuthorIdentity.CaseInsensitiveKey(string)"/>, compared ignoring case), for
/// names known up front (a listing's name pools): by their keys' hashes, the names are sorted by hash in buckets, a
/// core a bucket, and the names of each run of one hash compared; names with equal keys are one person. No map from key
/// to person is made: sorting numbers costs a fraction of putting a million keys in a map, a cache miss or three a name.
/// </summary>
internal static class PeopleOfNames
{
    // From this many names, a bucket per core.
    internal const int BucketsFrom = 50_000;

    /// <summary>The person of each name, numbered from 0 in the order of their first names; <paramref name="people"/> is
    /// how many. <paramref name="hashes"/> are the names' <see cref="AuthorIdentity.KeyHash"/>es in their order (a name
    /// pool works each out as the name is added); any hash under which equal keys hash alike groups the same.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[] Group(string[] names, ReadOnlySpan<uint> hashes, out int people)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (hashes.Length != names.Length) throw new ArgumentException("A hash is needed for every name.", nameof(hashes));
        int count = names.Length;
        int buckets = count >= BucketsFrom ? Environment.ProcessorCount : 1;

        // Each name as its hash and number in one long, so that a bucket sorts as plain numbers; the bucket is the hash's
        // top bits, so the same key is always in the same bucket.
        var firstOfBucket = new int[buckets + 1];
        foreach (uint hash in hashes) firstOfBucket[Bucket(hash, buckets) + 1]++;
        for (int bucket = 0; bucket < buckets; bucket++) firstOfBucket[bucket + 1] += firstOfBucket[bucket];
        using var sorted = new Model.ScratchArray<ulong>(count);
        var filled = (int[])firstOfBucket.Clone();
        for (int name = 0; name < count; name++) sorted[filled[Bucket(hashes[name], buckets)]++] = ((ulong)hashes[name] << 32) | (uint)name;

        // Each name first points at the first name of its person (the runs are sorted by number too), then the people
        // are numbered in the order of their first names: a reader's pools hold names in the order its papers have them,
        // so counting papers in order then visits people in about the order they are numbered.
        var personOf = new int[count];
        Parallel.For(0, buckets, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (bucket) =>
        {
            var run = sorted.Span.Slice(firstOfBucket[bucket], firstOfBucket[bucket + 1] - firstOfBucket[bucket]);
            run.Sort();
            PointAtFirstNames(names, run, personOf);
        });
        people = 0;
        for (int name = 0; name < count; name++) personOf[name] = personOf[name] == name ? people++ : personOf[personOf[name]];
        return personOf;
    }

    private static int Bucket(uint hash, int buckets) => (int)(((ulong)hash * (uint)buckets) >> 32);

    /// <summary>Points each name of one bucket, sorted by hash and then number, at the first name with its key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PointAtFirstNames(string[] names, ReadOnlySpan<ulong> sorted, int[] personOf)
    {
        char[] mine = new char[64], theirs = new char[64];
        for (int start = 0; start < sorted.Length;)
        {
            uint hash = (uint)(sorted[start] >> 32);
            int end = start + 1;
            while (end < sorted.Length && (uint)(sorted[end] >> 32) == hash) end++;
            // Names with one hash: mostly one key written alike in several pools, now and then keys that only share the hash.
            for (int at = start; at < end; at++)
            {
                int name = (int)(uint)sorted[at], first = name;
                for (int before = start; before < at; before++)
                {
                    int other = (int)(uint)sorted[before];
                    if (personOf[other] == other && SameKey(names[name], names[other], ref mine, ref theirs))
                    {
                        first = other;
                        break;
                    }
                }
                personOf[name] = first;
            }
            start = end;
        }
    }

    private static bool SameKey(string name, string other, ref char[] mine, ref char[] theirs)
    {
        // Most names of one person are written alike in several pools: equal text has equal keys, without working them out.
        if (string.Equals(name, other)) return true;
        var key = AuthorIdentity.CaseInsensitiveKey(name, ref mine, out _);
        return key.Equals(AuthorIdentity.CaseInsensitiveKey(other, ref theirs, out _), StringComparison.OrdinalIgnoreCase);
    }
}
