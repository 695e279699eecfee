using System.Text;
using PaperNotebooks.Text;

namespace PaperNotebooks.Sources.BibTex;

/// <summary>
/// Reads the entries of a .bib file: every entry type, <c>{...}</c> and <c>"..."</c> values with nested braces,
/// <c>#</c> concatenation, <c>@string</c> macros and the month macros, <c>@preamble</c> and <c>@comment</c>; text
/// between entries is ignored, as BibTeX ignores it. Never throws on content: an entry that cannot be read becomes
/// a diagnostic and reading goes on at the next line that starts with <c>@</c>. A value never runs past such a line
/// (an entry line: blanks, <c>@</c>, a name and <c>{</c> or <c>(</c>), which keeps one unclosed brace from swallowing
/// the rest of the file and keeps the reading linear.
/// Because nothing runs past an entry line, a file can be read in parts that each start at one
/// (<see cref="ParsePart"/>): a part reads as it would in the whole file, but for the <c>@string</c> macros of the
/// parts before it, which it is given, or, read without them, says which of its macros it took from before it.
/// </summary>
internal sealed class BibTexParser
{
    private readonly char[] _text;
    private readonly int _length;
    private readonly int _stop;
    private readonly string _source;
    private readonly List<BibTexEntry> _entries = [];
    private readonly List<SourceDiagnostic> _diagnostics = [];
    private readonly Dictionary<string, string> _macros;
    private readonly List<KeyValuePair<string, string>> _defined = [];
    private readonly HashSet<string> _definedHere = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _usedFromBefore = new(StringComparer.OrdinalIgnoreCase);
    private int _countedTo;
    private readonly int _firstLine;
    private int _countedLine;

    private BibTexParser(char[] text, int length, int stop, string source, int firstLine, IEnumerable<KeyValuePair<string, string>>? macros)
    {
        (_text, _length, _stop, _source, _firstLine, _countedLine) = (text, length, stop, source, firstLine, firstLine);
        _macros = new(StringComparer.OrdinalIgnoreCase);
        for (int month = 1; month <= 12; month++) _macros[BibTexMonths.Macro(month)] = BibTexMonths.Names[month - 1];
        if (macros is not null) foreach (var (name, value) in macros) _macros[name] = value;
    }

    /// <summary>Reads a whole file's text.</summary>
    public static (IReadOnlyList<BibTexEntry> Entries, IReadOnlyList<SourceDiagnostic> Diagnostics) Parse(string text, string source)
    {
        var part = ParsePart(text.ToCharArray(), text.Length, text.Length, source, firstLine: 1);
        return (part.Entries, part.Diagnostics);
    }

    /// <summary>
    /// Reads the text up to <paramref name="stop"/>, which starts at an entry line (or the file's start) on line
    /// <paramref name="firstLine"/>. The text from <paramref name="stop"/> to <paramref name="length"/> is where the
    /// next part starts, at least up to its first line's <c>{</c> or <c>(</c>: what the part ends at, as in the whole file;
    /// for the file's last part <paramref name="stop"/> is <paramref name="length"/>. <paramref name="macros"/> are the
    /// <c>@string</c>s defined before the part, in order (the month macros are built in).
    /// </summary>
    public static BibTexPart ParsePart(char[] text, int length, int stop, string source, int firstLine,
        IEnumerable<KeyValuePair<string, string>>? macros = null)
    {
        var parser = new BibTexParser(text, length, stop, source, firstLine, macros);
        parser.Run();
        return new BibTexPart(parser._entries, parser._diagnostics, parser._defined, parser._usedFromBefore);
    }

    private void Run()
    {
        int p = 0;
        while (p < _stop)
        {
            int at = _text.AsSpan(p, _stop - p).IndexOf('@');
            if (at < 0) break;
            p = Entry(p + at);
        }
    }

    /// <summary>Reads the entry at <paramref name="at"/> (an <c>@</c>) and returns where reading goes on.</summary>
    private int Entry(int at)
    {
        int line = LineOf(at);
        int p = SkipSpace(at + 1);
        int typeEnd = Identifier(p);
        if (typeEnd == p) return at + 1;
        string type = Text(p, typeEnd).ToLowerInvariant();
        p = SkipSpace(typeEnd);
        if (p >= _length || _text[p] is not ('{' or '('))
        {
            // "@" in text between entries (an e-mail address) is no entry.
            return typeEnd;
        }
        char close = _text[p] == '{' ? '}' : ')';
        try
        {
            return type switch
            {
                "comment" => Comment(p, typeEnd),
                "preamble" => Preamble(p + 1, close),
                "string" => StringMacro(p + 1, close),
                _ => Fields(type, line, p + 1, close),
            };
        }
        catch (EntryException e)
        {
            _diagnostics.Add(new SourceDiagnostic(e.Code, DiagnosticSeverity.Error, _source, line, $"@{Excerpt.Of(type, 30)} entry skipped: {e.Message}"));
            return e.ResumeAt;
        }
    }

    private int Comment(int open, int afterType)
    {
        // Biber skips a braced comment whole; an unbalanced one is only the word @comment.
        int end = MatchingBrace(open, out bool stoppedAtEntry);
        return end < 0 || stoppedAtEntry ? afterType : end + 1;
    }

    private int Preamble(int p, char close)
    {
        (_, p) = Value(p, "preamble");
        return Close(p, close);
    }

    private int StringMacro(int p, char close)
    {
        p = SkipSpace(p);
        int nameEnd = Identifier(p);
        if (nameEnd == p) throw Malformed(p, "a @string needs a name = value");
        string name = Text(p, nameEnd);
        p = Expect(SkipSpace(nameEnd), '=', "a @string needs a name = value");
        (string value, p) = Value(p, name);
        _macros[name] = value;
        _definedHere.Add(name);
        _defined.Add(new(name, value));
        return Close(p, close);
    }

    private int Fields(string type, int line, int p, char close)
    {
        p = SkipSpace(p);
        int keyEnd = p;
        while (keyEnd < _length && _text[keyEnd] is not (',' or '}' or ')') && !char.IsWhiteSpace(_text[keyEnd])) keyEnd++;
        string key = Text(p, keyEnd);
        p = SkipSpace(keyEnd);

        var fields = new List<BibTexField>();
        while (true)
        {
            if (p < _length && _text[p] == ',') p = SkipSpace(p + 1);
            if (p < _length && _text[p] == close) break;
            if (p >= _length || AtEntryLine(p)) throw Unclosed(p, $"'{Excerpt.Of(key, 40)}' is never closed with '{close}'");
            int nameEnd = Identifier(p);
            if (nameEnd == p) throw Malformed(p, $"'{Excerpt.Of(Fragment(p), 30)}' at line {LineOf(p)} is not a field");
            string name = Text(p, nameEnd).ToLowerInvariant();
            int fieldLine = LineOf(p);
            p = Expect(SkipSpace(nameEnd), '=', $"the field '{Excerpt.Of(name, 30)}' at line {fieldLine} has no '='");
            (string value, p) = Value(p, name);
            if (HasField(fields, name))
            {
                _diagnostics.Add(new SourceDiagnostic(DiagnosticCodes.BibTexDuplicateField, DiagnosticSeverity.Warning, _source, fieldLine,
                    $"'{Excerpt.Of(name, 30)}' is given twice in '{Excerpt.Of(key, 40)}'; the first is kept"));
            }
            else
            {
                fields.Add(new BibTexField(name, value, fieldLine));
            }
            p = SkipSpace(p);
            if (p < _length && AtEntryLine(p)) throw Unclosed(p, $"'{Excerpt.Of(key, 40)}' is never closed with '{close}'");
            if (p < _length && _text[p] != ',' && _text[p] != close)
                throw Malformed(p, $"a ',' or '{close}' is missing after the field '{Excerpt.Of(name, 30)}' at line {fieldLine}");
        }
        _entries.Add(new BibTexEntry(type, key, line, fields));
        return p + 1;
    }

    private static bool HasField(List<BibTexField> fields, string name)
    {
        foreach (var field in fields)
        {
            if (field.Name == name) return true;
        }
        return false;
    }

    /// <summary>A value: parts joined by <c>#</c>, each braced, quoted, a number or a macro.</summary>
    private (string Value, int End) Value(int p, string field)
    {
        // Most values are one braced or quoted part: that part is the string, with no builder between.
        string? single = null;
        StringBuilder? joined = null;
        void Append(string part)
        {
            if (single is null && joined is null) single = part;
            else (joined ??= new StringBuilder(single)).Append(part);
        }
        while (true)
        {
            p = SkipSpace(p);
            if (p >= _length) throw Unclosed(p, $"the value of '{Excerpt.Of(field, 30)}' is missing at the end of the file");
            char c = _text[p];
            if (c == '{')
            {
                int end = MatchingBrace(p, out _);
                if (end < 0) throw Unclosed(p, $"the brace that opens '{Excerpt.Of(field, 30)}' at line {LineOf(p)} is never closed");
                Append(Text(p + 1, end));
                p = end + 1;
            }
            else if (c == '"')
            {
                int end = ClosingQuote(p);
                if (end < 0) throw Unclosed(p, $"the quote that opens '{Excerpt.Of(field, 30)}' at line {LineOf(p)} is never closed");
                Append(Text(p + 1, end));
                p = end + 1;
            }
            else if (char.IsAsciiDigit(c))
            {
                int end = p;
                while (end < _length && char.IsAsciiDigit(_text[end])) end++;
                Append(Text(p, end));
                p = end;
            }
            else if (Identifier(p) is int end && end > p)
            {
                string macro = Text(p, end);
                if (!_definedHere.Contains(macro)) _usedFromBefore.Add(macro);
                if (_macros.TryGetValue(macro, out string? expansion))
                {
                    Append(expansion);
                }
                else
                {
                    _diagnostics.Add(new SourceDiagnostic(DiagnosticCodes.BibTexUnknownMacro, DiagnosticSeverity.Warning, _source, LineOf(p),
                        $"'{Excerpt.Of(macro, 30)}' in '{Excerpt.Of(field, 30)}' is not a defined @string; it reads as empty"));
                }
                p = end;
            }
            else
            {
                throw Malformed(p, $"the field '{Excerpt.Of(field, 30)}' at line {LineOf(p)} has no value");
            }
            p = SkipSpace(p);
            if (p < _length && _text[p] == '#')
            {
                p++;
                continue;
            }
            return (joined?.ToString() ?? single ?? "", p);
        }
    }

    /// <summary>The brace closing the one at <paramref name="open"/>, or -1 when the text ends or an entry line
    /// comes first (<paramref name="stoppedAtEntry"/>).</summary>
    private int MatchingBrace(int open, out bool stoppedAtEntry)
    {
        stoppedAtEntry = false;
        int depth = 0;
        for (int i = open; i < _length; i++)
        {
            char c = _text[i];
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
            else if (c is '\n' or '\r' && StartsEntryLine(i + 1))
            {
                stoppedAtEntry = true;
                return -1;
            }
        }
        return -1;
    }

    private int ClosingQuote(int open)
    {
        int depth = 0;
        for (int i = open + 1; i < _length; i++)
        {
            char c = _text[i];
            if (c == '{') depth++;
            else if (c == '}') depth = Math.Max(0, depth - 1);
            else if (c == '"' && depth == 0) return i;
            else if (c is '\n' or '\r' && StartsEntryLine(i + 1)) return -1;
        }
        return -1;
    }

    /// <summary>Whether a line starts at <paramref name="p"/>: LF, CRLF and a lone CR each end one (<see cref="LineEnds"/>).</summary>
    private bool IsLineStart(int p) =>
        p == 0 || _text[p - 1] == '\n' || (_text[p - 1] == '\r' && (p >= _length || _text[p] != '\n'));

    /// <summary>Whether an entry line starts at <paramref name="p"/>: <see cref="IsEntryLine"/> at a line start.</summary>
    private bool StartsEntryLine(int p) => p < _length && IsLineStart(p) && IsEntryLine(_text.AsSpan(p, _length - p));

    /// <summary>Whether <paramref name="p"/> is on an entry line, before its <c>@</c>: at its start or in the blanks
    /// before the <c>@</c>, where skipping spaces from the line before lands.</summary>
    private bool AtEntryLine(int p)
    {
        while (p > 0 && _text[p - 1] is ' ' or '\t' && !IsLineStart(p)) p--;
        return StartsEntryLine(p);
    }

    /// <summary>Whether <paramref name="line"/> (from a line start on) opens an entry: blanks, <c>@</c>, a name, blanks
    /// and <c>{</c> or <c>(</c>.</summary>
    public static bool IsEntryLine(ReadOnlySpan<char> line)
    {
        int p = 0;
        while (p < line.Length && line[p] is ' ' or '\t') p++;
        if (p >= line.Length || line[p] != '@') return false;
        int start = ++p;
        while (p < line.Length && IsIdentifierChar(line[p])) p++;
        if (p == start || char.IsAsciiDigit(line[start])) return false;
        while (p < line.Length && line[p] is ' ' or '\t') p++;
        return p < line.Length && line[p] is '{' or '(';
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or ':' or '.' or '+' or '/' or '\'';

    private int Close(int p, char close)
    {
        p = SkipSpace(p);
        if (p < _length && _text[p] == close) return p + 1;
        throw p >= _length || AtEntryLine(p) ? Unclosed(p, $"it is never closed with '{close}'") : Malformed(p, $"'{close}' expected at line {LineOf(p)}");
    }

    private int Expect(int p, char c, string problem)
    {
        if (p < _length && _text[p] == c) return SkipSpace(p + 1);
        throw Malformed(p, problem);
    }

    private int Identifier(int p)
    {
        int end = p;
        while (end < _length && IsIdentifierChar(_text[end])) end++;
        // A name starts with a letter or underscore (a number is a value, not a macro).
        return end > p && !char.IsAsciiDigit(_text[p]) ? end : p;
    }

    private int SkipSpace(int p)
    {
        while (p < _length && char.IsWhiteSpace(_text[p])) p++;
        return p;
    }

    private string Text(int start, int end) => new(_text, start, end - start);

    private string Fragment(int p)
    {
        var rest = _text.AsSpan(p, Math.Min(30, _length - p));
        int lineEnd = rest.IndexOf('\n');
        return (lineEnd < 0 ? rest : rest[..lineEnd]).ToString();
    }

    /// <summary>The 1-based line of <paramref name="position"/>; positions are asked for in increasing order, so the
    /// line ends are counted once.</summary>
    private int LineOf(int position)
    {
        position = Math.Min(position, _length);
        if (position <= _countedTo) return position == _countedTo ? _countedLine : Recount(position);
        var span = _text.AsSpan(_countedTo, position - _countedTo);
        int lines = span.Count('\n');
        int returns = span.Count('\r');
        if (returns > 0)
        {
            lines += returns - span.Count("\r\n");
            // A CR last whose LF follows is counted with that LF.
            if (span[^1] == '\r' && position < _length && _text[position] == '\n') lines--;
        }
        _countedLine += lines;
        _countedTo = position;
        return _countedLine;
    }

    /// <summary>A position before the last one asked for: counted again from the part's start.</summary>
    private int Recount(int position)
    {
        (_countedTo, _countedLine) = (0, _firstLine);
        return LineOf(position);
    }

    private EntryException Unclosed(int p, string message) => new(DiagnosticCodes.BibTexUnclosed, message, ResumeAfter(p));

    private EntryException Malformed(int p, string message) => new(DiagnosticCodes.BibTexMalformed, message, ResumeAfter(p));

    /// <summary>The entry line at <paramref name="p"/> (its start), else the next one after it, or the end.</summary>
    private int ResumeAfter(int p)
    {
        p = Math.Min(p, _length);
        int start = p;
        while (start > 0 && _text[start - 1] is ' ' or '\t' && !IsLineStart(start)) start--;
        if (StartsEntryLine(start)) return start;
        for (int i = p; i < _length; i++)
        {
            int next = _text.AsSpan(i, _length - i).IndexOfAny('\n', '\r');
            if (next < 0) break;
            i += next;
            if (StartsEntryLine(i + 1)) return i + 1;
        }
        return _length;
    }

    private sealed class EntryException(string code, string message, int resumeAt) : Exception(message)
    {
        public string Code { get; } = code;
        public int ResumeAt { get; } = resumeAt;
    }
}

/// <summary>What <see cref="BibTexParser.ParsePart"/> read: the entries and diagnostics, the <c>@string</c>s the part
/// defines, in order, and the names of the macros it used without defining them first (from the parts before it).</summary>
internal sealed record BibTexPart(
    IReadOnlyList<BibTexEntry> Entries,
    IReadOnlyList<SourceDiagnostic> Diagnostics,
    IReadOnlyList<KeyValuePair<string, string>> Defined,
    IReadOnlySet<string> UsedFromBefore);
