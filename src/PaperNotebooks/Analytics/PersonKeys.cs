using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PaperNotebooks.Analytics;

/// <summary>
/// The person of each name by its key (<see cref="AuthorIdentity.CaseInsensitiveKey(string)"/>, compared ignoring case),
/// in shards chosen by the key's hash. One shard for a count that meets names one by one; several when the names are
/// known up front (a listing's name pools), so that each core fills a shard of its own at once: putting a million names
/// in one map is a cache miss or three a name on one core.
/// </summary>
internal sealed class PersonKeys
{
    private readonly Dictionary<string, int>[] _shards;

    /// <param name="shards">How many maps the keys are spread over.</param>
    /// <param name="capacity">How many keys are expected in all, so that no shard grows while filled.</param>
    public PersonKeys(int shards = 1, int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shards);
        _shards = new Dictionary<string, int>[shards];
        for (int shard = 0; shard < shards; shard++)
            _shards[shard] = new Dictionary<string, int>(capacity / shards + (capacity > 0 ? 16 : 0), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The shard of <paramref name="name"/>'s key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int ShardOf(string name, ref char[] buffer)
    {
        if (_shards.Length == 1) return 0;
        return (int)(AuthorIdentity.KeyHash(name, ref buffer) % (uint)_shards.Length);
    }

    /// <summary>The entry of <paramref name="name"/>'s key, added when missing. The key of a name with accents, dots or
    /// double spaces is worked out in <paramref name="buffer"/> and looked up as a span: a string is made only for a new key.</summary>
    public ref int GetOrAdd(string name, ref char[] buffer, out bool exists) =>
        ref GetOrAdd(ShardOf(name, ref buffer), name, ref buffer, out exists);

    /// <summary>Like <see cref="GetOrAdd(string, ref char[], out bool)"/> in a shard the caller worked out with
    /// <see cref="ShardOf"/>: threads filling shards of their own may call it at once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ref int GetOrAdd(int shard, string name, ref char[] buffer, out bool exists)
    {
        var map = _shards[shard];
        var key = AuthorIdentity.CaseInsensitiveKey(name, ref buffer, out bool plain);
        if (plain) return ref CollectionsMarshal.GetValueRefOrAddDefault(map, name, out exists);
        return ref CollectionsMarshal.GetValueRefOrAddDefault(map.GetAlternateLookup<ReadOnlySpan<char>>(), key, out exists);
    }

    /// <summary>
    /// The keys of <paramref name="names"/> to their people (<paramref name="personOf"/>, numbered as the names are),
    /// leaving out names whose person is negative. Many names go in a shard per core, each core filling its own.
    /// </summary>
    public static PersonKeys Of(string[] names, int[] personOf)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(personOf);
        int count = names.Length;
        int shards = count >= PeopleOfNames.BucketsFrom ? Math.Min(Environment.ProcessorCount, MostShards) : 1;
        var keys = new PersonKeys(shards, count);
        var shardOf = new byte[count];
        if (shards > 1)
        {
            Parallel.For(0, shards, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (part) =>
            {
                char[] buffer = new char[64];
                int end = Model.InParts.Start(count, part + 1, shards);
                for (int name = Model.InParts.Start(count, part, shards); name < end; name++) shardOf[name] = (byte)keys.ShardOf(names[name], ref buffer);
            });
        }
        Parallel.For(0, shards, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (shard) =>
        {
            char[] buffer = new char[64];
            for (int name = 0; name < count; name++)
            {
                if (shardOf[name] == shard && personOf[name] >= 0) keys.GetOrAdd(shard, names[name], ref buffer, out _) = personOf[name];
            }
        });
        return keys;
    }

    // A shard number fits the byte it is kept in.
    private const int MostShards = 64;

    /// <summary>The person with this name, or -1.</summary>
    public int Find(string name)
    {
        char[] buffer = [];
        int shard = ShardOf(name, ref buffer);
        var key = AuthorIdentity.CaseInsensitiveKey(name, ref buffer, out bool plain);
        if (plain) return _shards[shard].GetValueOrDefault(name, -1);
        return _shards[shard].GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out int person) ? person : -1;
    }
}
