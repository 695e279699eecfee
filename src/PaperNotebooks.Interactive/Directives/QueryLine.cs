namespace PaperNotebooks.Interactive.Directives;

/// <summary>
/// A <c>#!paper search</c> or <c>#!paper similar</c> line read as typed: the text after the subcommand up to the first
/// <c>--from</c> or <c>--top</c> outside quotes is the query, spaces and quotes kept, so that
/// <c>au:"sam ade jacobs" AND year:2024</c> reaches the search unchanged. .NET Interactive's own parser splits such text
/// at the quotes and drops words, so its bound value is used only when the line cannot be read.
/// </summary>
internal sealed record QueryLine(string Query, string? From, string? Top)
{
    private static readonly string[] Known = ["--from", "--top"];

    /// <summary>The line of <paramref name="command"/> read this way, or null when .NET Interactive does not say which line it was.</summary>
    public static QueryLine? Of(Microsoft.DotNet.Interactive.Commands.KernelDirectiveCommand command, string subcommand) =>
        DirectiveLine.TextOf(command) is { } text ? Parse(text, subcommand) : null;

    public static QueryLine Parse(string line, string subcommand)
    {
        string rest = AfterSubcommand(line.Split('\n')[0].Trim(), subcommand);
        var cuts = Cuts(rest);
        int end = cuts.Count > 0 ? cuts[0].Start : rest.Length;
        string query = rest[..end].Trim();
        // The query may be named too: #!paper search --query deepspeed.
        if (query.StartsWith("--query", StringComparison.Ordinal) && (query.Length == 7 || char.IsWhiteSpace(query[7]))) query = query[7..].Trim();
        if (query.StartsWith("--paper", StringComparison.Ordinal) && (query.Length == 7 || char.IsWhiteSpace(query[7]))) query = query[7..].Trim();

        string? from = null, top = null;
        foreach (var (start, name, value) in cuts)
        {
            if (value is null) throw new PaperCommandException($"{PaperCommandException.Quote(name)} needs a value.");
            if (name == "--from" ? from is not null : top is not null) throw new PaperCommandException($"{PaperCommandException.Quote(name)} is given more than once.");
            if (name == "--from") from = value;
            else top = value;
        }
        return new QueryLine(query, from, top);
    }

    private static string AfterSubcommand(string line, string subcommand)
    {
        int at = 0;
        if (line.StartsWith(PaperGrammar.DirectiveName, StringComparison.Ordinal)) at = PaperGrammar.DirectiveName.Length;
        while (at < line.Length && char.IsWhiteSpace(line[at])) at++;
        if (string.CompareOrdinal(line, at, subcommand, 0, subcommand.Length) == 0) at += subcommand.Length;
        return line[at..];
    }

    /// <summary>Each <c>--from</c>/<c>--top</c> that stands alone outside quotes, with the word after it; the query ends at the first.</summary>
    private static List<(int Start, string Name, string? Value)> Cuts(string text)
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
        int first = words.FindIndex(w => Known.Contains(w.Text));
        if (first < 0) return cuts;
        for (int w = first; w < words.Count; w++)
        {
            var (start, name) = words[w];
            if (!Known.Contains(name))
            {
                throw new PaperCommandException($"Unexpected {PaperCommandException.Quote(name)} after the parameters. Put the whole query before --from and --top.");
            }
            string? value = w + 1 < words.Count && !Known.Contains(words[w + 1].Text) ? Unquote(words[++w].Text) : null;
            cuts.Add((start, name, value));
        }
        return cuts;
    }

    private static string Unquote(string word) => word.Length >= 2 && word[0] == '"' && word[^1] == '"' ? word[1..^1] : word;
}
