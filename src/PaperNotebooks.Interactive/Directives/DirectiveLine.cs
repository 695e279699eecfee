using System.Reflection;
using System.Text;
using Microsoft.DotNet.Interactive.Commands;
using PaperNotebooks.Text;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>
/// A <c>#!paper</c> line as the user typed it. .NET Interactive binds the parameters it knows and silently drops the
/// rest (unknown names after a subcommand, a name given twice, extra words), so the extension reads the line again to
/// report those, and to take the free words of <c>show</c>.
/// </summary>
internal sealed class DirectiveLine
{
    // .NET Interactive keeps the parsed line on an internal property (1.0.0-beta.26120.1 has no public way to it);
    // reading it is the only way to see what it dropped. Tests fail if an update renames it (DirectiveLineTests).
    internal static readonly PropertyInfo? NodeProperty =
        typeof(KernelDirectiveCommand).GetProperty("DirectiveNode", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);

    private DirectiveLine(string? subcommand, string? unknownSubcommand, IReadOnlyList<(string Name, string? Value)> parameters, IReadOnlyList<string> words)
    {
        Subcommand = subcommand;
        UnknownSubcommand = unknownSubcommand;
        Parameters = parameters;
        Words = words;
    }

    /// <summary>The subcommand, when the word after <c>#!paper</c> is one.</summary>
    public string? Subcommand { get; }

    /// <summary>The word after <c>#!paper</c> when it is no subcommand (a typo such as <c>lsit</c>).</summary>
    public string? UnknownSubcommand { get; }

    /// <summary>Named parameters in the order typed, with their values as typed (quotes kept off).</summary>
    public IReadOnlyList<(string Name, string? Value)> Parameters { get; }

    /// <summary>Values given without a name, quotes removed.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The line of <paramref name="command"/>, or null when .NET Interactive does not say which line it was.</summary>
    public static DirectiveLine? Of(KernelDirectiveCommand command) => TextOf(command) is { } text ? Parse(text) : null;

    /// <summary>The <c>#!paper</c> line of <paramref name="command"/> exactly as typed, or null when .NET Interactive does not say.</summary>
    public static string? TextOf(KernelDirectiveCommand command)
    {
        string? text = NodeText(command);
        if (text is null && command.Parent is SubmitCode submission)
        {
            // Without the node, the cell's text still tells when it holds only one #!paper line.
            var lines = submission.Code.Split('\n').Select(l => l.Trim()).Where(IsPaperLine).ToArray();
            if (lines.Length == 1) text = lines[0];
        }
        return text is not null && IsPaperLine(text.Trim()) ? text.Split('\n')[0].Trim() : null;
    }

    /// <summary>The text of the node .NET Interactive parsed the command from, or null when it cannot be read.</summary>
    internal static string? NodeText(KernelDirectiveCommand command) =>
        NodeProperty?.GetValue(command) is { } node ? node.GetType().GetProperty("Text")?.GetValue(node) as string ?? node.ToString() : null;

    private static bool IsPaperLine(string line) =>
        line.StartsWith(PaperGrammar.DirectiveName, StringComparison.Ordinal)
        && (line.Length == PaperGrammar.DirectiveName.Length || char.IsWhiteSpace(line[PaperGrammar.DirectiveName.Length]));

    public static DirectiveLine Parse(string text)
    {
        string line = text.Split('\n')[0].Trim();
        var tokens = Tokenize(line);
        int i = tokens.Count > 0 && tokens[0].Text == PaperGrammar.DirectiveName ? 1 : 0;

        string? subcommand = null, unknownSubcommand = null;
        if (i < tokens.Count && !tokens[i].Quoted && !tokens[i].Text.StartsWith('-'))
        {
            if (PaperGrammar.Find(tokens[i].Text) is { } found) subcommand = found.Name;
            else unknownSubcommand = tokens[i].Text;
            i++;
        }

        var spec = subcommand is null ? null : PaperGrammar.Find(subcommand);
        var parameters = new List<(string, string?)>();
        var words = new List<string>();
        for (; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.Quoted && token.Text.Length > 1 && token.Text[0] == '-')
            {
                bool flag = spec?.Find(token.Text)?.Flag ?? false;
                string? value = null;
                if (!flag && i + 1 < tokens.Count && !(tokens[i + 1] is { Quoted: false } next && next.Text.StartsWith("--", StringComparison.Ordinal)))
                {
                    value = tokens[++i].Text;
                }
                parameters.Add((token.Text, value));
            }
            else
            {
                words.Add(token.Text);
            }
        }
        return new DirectiveLine(subcommand, unknownSubcommand, parameters, words);
    }

    /// <summary>
    /// Throws for what .NET Interactive let through: a parameter the subcommand does not have, one given twice, or
    /// words that belong to no parameter. Returns the free words.
    /// </summary>
    public IReadOnlyList<string> Check(SubcommandSpec spec)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, _) in Parameters)
        {
            if (spec.Find(name) is null)
            {
                throw new PaperCommandException(
                    $"Unknown parameter {PaperCommandException.Quote(name)} for '{PaperGrammar.DirectiveName} {spec.Name}'." +
                    NearestName.Hint(name, spec.Parameters.Select(p => p.Name)) +
                    $" It takes: {string.Join(", ", spec.Parameters.Select(p => p.Name))}.");
            }
            if (!seen.Add(name)) throw new PaperCommandException($"{PaperCommandException.Quote(name)} is given more than once.");
        }

        var implicitParameter = spec.Parameters.FirstOrDefault(p => p.Implicit);
        bool implicitNamed = implicitParameter is not null && seen.Contains(implicitParameter.Name);
        int allowed = implicitParameter is null || implicitNamed ? 0 : implicitParameter.Many ? int.MaxValue : 1;
        if (Words.Count > allowed)
        {
            var extra = string.Join(" ", Words.Skip(allowed));
            throw new PaperCommandException(
                $"Unexpected {PaperCommandException.Quote(extra)} in '{PaperGrammar.DirectiveName} {spec.Name}'. " +
                "Put a value with spaces in quotes, for example --author \"Sam Ade Jacobs\"" +
                (allowed == 1 ? " or \"my listing.txt\"." : "."));
        }
        return Words;
    }

    private static List<(string Text, bool Quoted)> Tokenize(string line)
    {
        var tokens = new List<(string, bool)>();
        int i = 0;
        while (i < line.Length)
        {
            if (char.IsWhiteSpace(line[i]))
            {
                i++;
                continue;
            }
            if (line[i] == '"')
            {
                var value = new StringBuilder();
                i++;
                while (i < line.Length && line[i] != '"')
                {
                    if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\') i++;
                    value.Append(line[i++]);
                }
                i++;
                tokens.Add((value.ToString(), true));
                continue;
            }
            int start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i])) i++;
            tokens.Add((line[start..i], false));
        }
        return tokens;
    }
}
