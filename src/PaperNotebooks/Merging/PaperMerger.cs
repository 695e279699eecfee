using System.Runtime.InteropServices;
using PaperNotebooks.Model;

namespace PaperNotebooks.Merging;

/// <summary>
/// Merges the copies of one paper: the same arXiv id, the same DOI, or the same folded title, first author's family
/// name and year (transitively: a listing entry matched by title to a BibTeX entry that shares a DOI with an OpenAlex
/// work makes one paper). Linear in the papers: one pass of hashing and a union-find.
/// </summary>
internal static class PaperMerger
{
    /// <summary>One collection of <paramref name="papers"/> from several sources: copies merged, ids made unique, and
    /// each merged paper in <see cref="PaperCollection.Duplicates"/> by the id it keeps.</summary>
    public static PaperCollection Collect(IReadOnlyList<Paper> papers, string? source)
    {
        var (merged, duplicates) = Merge(papers);
        var unique = PaperKey.WithUniqueIds(merged, merged.Count);
        var renamed = new Dictionary<Paper, Paper>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < merged.Count; i++)
        {
            if (!ReferenceEquals(merged[i], unique[i])) renamed[merged[i]] = unique[i];
        }
        var kept = duplicates.Select(d => renamed.TryGetValue(d.Merged, out var paper) ? d with { Merged = paper } : d).ToList();
        return new PaperCollection(unique, source, kept);
    }

    public static (List<Paper> Papers, List<PaperDuplicate> Duplicates) Merge(IReadOnlyList<Paper> papers)
    {
        var parent = new int[papers.Count];
        for (int i = 0; i < parent.Length; i++) parent[i] = i;
        var reason = new Dictionary<int, string>();
        var seen = new Dictionary<string, int>(papers.Count, StringComparer.Ordinal);
        for (int i = 0; i < papers.Count; i++)
        {
            var paper = papers[i];
            if (paper.ArxivId is { } arxivId) Join(i, "a:" + arxivId, $"arXiv id {arxivId}");
            if (paper.Doi is { } doi) Join(i, "d:" + doi, $"DOI {doi}");
            string title = PaperKey.Fold(paper.Title);
            string family = PaperKey.FamilyOf(paper.FirstAuthor);
            if (title.Length >= 8 && family.Length > 0) Join(i, $"t:{title}|{family}|{paper.Published.Year}", "title, first author and year");
        }

        // Only groups of two or more get a list: at a million papers almost every paper is alone.
        var groups = new Dictionary<int, List<int>>();
        for (int i = 0; i < papers.Count; i++)
        {
            int root = Find(i);
            if (root == i) continue;
            ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, root, out bool exists);
            if (!exists) group = [root];
            group!.Add(i);
        }
        var merged = new List<Paper>(papers.Count - groups.Values.Sum(g => g.Count - 1));
        var duplicates = new List<PaperDuplicate>(groups.Count);
        for (int i = 0; i < papers.Count; i++)
        {
            // The root is the group's first copy, so a group is met at its root and its place is the first copy's.
            if (Find(i) != i) continue;
            if (!groups.TryGetValue(i, out var group))
            {
                merged.Add(papers[i]);
                continue;
            }
            var copies = group.Select(k => papers[k]).ToList();
            var paper = MergedFields.Of(copies);
            merged.Add(paper);
            duplicates.Add(new PaperDuplicate(paper, copies, group.Select(k => reason.GetValueOrDefault(k)).FirstOrDefault(r => r is not null) ?? "title, first author and year"));
        }
        return (merged, duplicates);

        void Join(int i, string key, string why)
        {
            if (seen.TryAdd(key, i)) return;
            int a = Find(seen[key]), b = Find(i);
            if (a == b) return;
            // The earlier paper stays the root, so a group is led by its first copy.
            if (a < b) parent[b] = a; else parent[a] = b;
            reason.TryAdd(i, why);
        }

        int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
    }
}
