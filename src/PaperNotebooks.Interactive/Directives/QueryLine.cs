namespace PaperNotebooks.Interactive.Directives;

/// <summary>
/// A <c>#!paper search</c> or <c>#!paper similar</c> line read as typed: the text after the subcommand up to the first
/// <c>--from</c> or <c>--top</c> outside quotes is the query, spaces and quotes kept, so that
/// <c>au:"sam ade jacobs" AND year:2024</c> reaches the search unchanged. .NET Interactive's own parser splits such text
/// at the quotes and drops words, so its bound value is used only when the line cannot be read.
/// </summary>
internal sealed record QueryLine(string Query, string? From, string? Top, bool Semantic = false, bool Hybrid = false)
{
    private static readonly string[] Known = ["--from", "--top"];

    /// <summary>How to search: by words (the default), by meaning, or both fused.</summary>
    private static readonly string[] Modes = ["--semantic", "--hybrid"];

    /// <summary>The line of <paramref name="command"/> read this way, or null when .NET Interactive does not say which line it was.</summary>
    public static QueryLine? Of(Microsoft.DotNet.Interactive.Commands.KernelDirectiveCommand command, string subcommand) =>
        DirectiveLine.TextOf(command) is { } text ? Parse(text, subcommand) : null;

    public static QueryLine Parse(string line, string subcommand)
    {
        // The mode may come first too: #!paper search --semantic "papers about sparse attention".
        string first = AfterSubcommand(line.Split('\n')[0].Trim(), subcommand).TrimStart();
        string? leading = Modes.FirstOrDefault(m => first.StartsWith(m, StringComparison.Ordinal) && (first.Length == m.Length || char.IsWhiteSpace(first[m.Length])));
        if (leading is not null) line = first[leading.Length..];
        var (query, values) = Split(line, leading is null ? subcommand : "", Known, Modes);
        if (leading is not null && !values.TryAdd(leading, "")) throw new PaperCommandException($"{PaperCommandException.Quote(leading)} is given more than once.");
        // The query may be named too: #!paper search --query deepspeed.
        if (query.StartsWith("--query", StringComparison.Ordinal) && (query.Length == 7 || char.IsWhiteSpace(query[7]))) query = query[7..].Trim();
        if (query.StartsWith("--paper", StringComparison.Ordinal) && (query.Length == 7 || char.IsWhiteSpace(query[7]))) query = query[7..].Trim();
        return new QueryLine(query, values.GetValueOrDefault("--from"), values.GetValueOrDefault("--top"),
            values.ContainsKey("--semantic"), values.ContainsKey("--hybrid"));
    }

    /// <summary>
    /// A line whose free text comes first and is kept as typed: the text up to the first of <paramref name="named"/>
    /// or <paramref name="flags"/> outside quotes, then each of those with its value (a flag's is empty). A name given
    /// twice, a name without its value, or a word after them that is none of them is refused in one line.
    /// </summary>
    public static (string Text, Dictionary<string, string?> Values) Split(string line, string subcommand, IReadOnlyCollection<string> named, IReadOnlyCollection<string> flags)
    {
        string rest = AfterSubcommand(line.Split('\n')[0].Trim(), subcommand);
        var cuts = Cuts(rest, named, flags);
        int end = cuts.Count > 0 ? cuts[0].Start : rest.Length;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (_, name, value) in cuts)
        {
            if (value is null && !flags.Contains(name)) throw new PaperCommandException($"{PaperCommandException.Quote(name)} needs a value.");
            if (!values.TryAdd(name, value ?? "")) throw new PaperCommandException($"{PaperCommandException.Quote(name)} is given more than once.");
        }
        return (rest[..end].Trim(), values);
    }

    private static string AfterSubcommand(string line, string subcommand)
    {
        int at = 0;
        if (line.StartsWith(PaperGrammar.DirectiveName, StringComparison.Ordinal)) at = PaperGrammar.DirectiveName.Length;
        while (at < line.Length && char.IsWhiteSpace(line[at])) at++;
        if (string.CompareOrdinal(line, at, subcommand, 0, subcommand.Length) == 0) at += subcommand.Length;
        return line[at..];
    }

    /// <summary>Each known name that stands alone outside quotes, with the word after it (none for a flag); the text ends at the first.</summary>
    private static List<(int Start, string Name, string? Value)> Cuts(string text, IReadOnlyCollection<string> named, IReadOnlyCollection<string> flags)
    {
        var words = new List<(int Start, string Text)>();
        bool quoted = false;
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && (quoted || !char.IsWhiteSpace(text[i])))
            {
                if (text[i] == '"') quoted = !quoted;
                i++;
            }
            words.Add((start, text[start..i]));
        }

        var cuts = new List<(int, string, string?)>();
        bool IsName(string word) => named.Contains(word) || flags.Contains(word);
        int first = words.FindIndex(w => IsName(w.Text));
        if (first < 0) return cuts;
        for (int w = first; w < words.Count; w++)
        {
            var (start, name) = words[w];
            if (!IsName(name))
            {
                throw new PaperCommandException($"Unexpected {PaperCommandException.Quote(name)} after the parameters. Put the whole query before {string.Join(" and ", named.Concat(flags))}.");
            }
            string? value = !flags.Contains(name) && w + 1 < words.Count && !IsName(words[w + 1].Text) ? Unquote(words[++w].Text) : null;
            cuts.Add((start, name, value));
        }
        return cuts;
    }

    private static string Unquote(string word) => word.Length >= 2 && word[0] == '"' && word[^1] == '"' ? word[1..^1] : word;
}
