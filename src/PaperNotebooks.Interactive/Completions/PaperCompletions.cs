using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive.Directives;
using Microsoft.DotNet.Interactive.Events;
using PaperNotebooks.Analytics;
using PaperNotebooks.Interactive.Directives;
using PaperNotebooks.Interactive.Session;
using PaperNotebooks.Model;

namespace PaperNotebooks.Interactive.Completions;

/// <summary>Values offered after a parameter name, drawn from the papers loaded so far.</summary>
internal sealed class PaperCompletions(PaperSession session)
{
    // Completion lists are computed once per collection; collections never change once loaded.
    private static readonly ConditionalWeakTable<PaperCollection, CollectionValues> Cache = [];

    // Enough to pick from; a listing of millions of papers must not send millions of items to the editor.
    private const int MostValues = 2000;

    // Roslyn's tag for a parameter value, which .NET Interactive's own directives use too.
    private const string ValueKind = "Parameter";

    public Task Categories(KernelDirectiveCompletionContext context) =>
        Add(context, Union(v => v.Categories).Order(StringComparer.Ordinal));

    public Task Authors(KernelDirectiveCompletionContext context) =>
        Add(context, Union(v => v.Authors).Distinct(AuthorComparer.Instance).Order(StringComparer.CurrentCulture));

    public Task Years(KernelDirectiveCompletionContext context) =>
        Add(context, Union(v => v.Years).OrderDescending(StringComparer.Ordinal));

    /// <summary>The ids of the collection loaded last (the one <c>show</c> reads without <c>--from</c>), then the others.</summary>
    public Task Ids(KernelDirectiveCompletionContext context) => Add(context, Union(v => v.Ids));

    public Task Names(KernelDirectiveCompletionContext context) => Add(context, session.Names.Order(StringComparer.Ordinal));

    public static Task Fixed(KernelDirectiveCompletionContext context, IEnumerable<string> values) => Add(context, values);

    private IEnumerable<string> Union(Func<CollectionValues, IEnumerable<string>> pick) =>
        session.Collections.SelectMany(c => pick(Cache.GetValue(c, CollectionValues.Of))).Distinct(StringComparer.Ordinal);

    private static Task Add(KernelDirectiveCompletionContext context, IEnumerable<string> values)
    {
        foreach (var value in values.Take(MostValues))
        {
            // A value with spaces is inserted quoted, so that it stays one value.
            string insert = value.Contains(' ') ? $"\"{value}\"" : value;
            context.CompletionItems.Add(new CompletionItem(value, ValueKind, filterText: value, insertText: insert));
        }
        return Task.CompletedTask;
    }

    private sealed record CollectionValues(string[] Categories, string[] Authors, string[] Years, string[] Ids)
    {
        public static CollectionValues Of(PaperCollection papers) => new(
            papers.Select(p => p.Category).Distinct(StringComparer.Ordinal).ToArray(),
            papers.SelectMany(p => p.Authors).Distinct(AuthorComparer.Instance).ToArray(),
            papers.Select(p => p.Published.Year.ToString(CultureInfo.InvariantCulture)).Distinct().ToArray(),
            papers.Select(p => p.Id).ToArray());
    }

    /// <summary>Names that are one person by <see cref="AuthorIdentity"/> are offered once.</summary>
    private sealed class AuthorComparer : IEqualityComparer<string>
    {
        public static readonly AuthorComparer Instance = new();
        public bool Equals(string? x, string? y) => x is not null && y is not null && AuthorIdentity.SameAuthor(x, y);
        public int GetHashCode(string name) => AuthorIdentity.Key(name).GetHashCode(StringComparison.Ordinal);
    }
}
