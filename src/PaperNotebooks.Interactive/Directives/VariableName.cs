namespace PaperNotebooks.Interactive.Directives;

/// <summary>
/// Whether a <c>--name</c> can be a C# variable as typed: an identifier (letters, digits, underscores, not starting with
/// a digit) that is not a keyword. <c>@class</c> is refused too: notebook code would have to write the <c>@</c> each
/// time, and <c>--from</c> could not name it. Checked before a load changes anything.
/// </summary>
internal static class VariableName
{
    /// <summary>C#'s reserved keywords, and the contextual ones that cannot name a variable in a script:
    /// <c>await</c> (top-level code is async) and <c>_</c> (a discard).</summary>
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "__arglist", "__makeref", "__reftype", "__refvalue",
        "await", "_",
    };

    /// <summary>Null when <paramref name="name"/> can be used; otherwise why not, as a sentence.</summary>
    public static string? Problem(string name)
    {
        const string Example = "such as papers or ml2024";
        if (name.Length == 0 || !IsIdentifier(name))
        {
            return $"--name takes a C# variable name {Example}, not {PaperCommandException.Quote(name)}.";
        }
        return Keywords.Contains(name)
            ? $"--name {PaperCommandException.Quote(name)} is a C# keyword; choose a variable name {Example} (for example {name}Papers)."
            : null;
    }

    private static bool IsIdentifier(string name) =>
        name.Length <= 512 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
