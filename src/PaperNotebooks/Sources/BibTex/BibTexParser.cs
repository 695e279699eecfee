using System.Text;
using PaperNotebooks.Text;

namespace PaperNotebooks.Sources.BibTex;

/// <summary>
/// Reads the entries of a .bib file: every entry type, <c>{...}</c> and <c>"..."</c> values with nested braces,
/// <c>#</c> concatenation, <c>@string</c> macros and the month macros, <c>@preamble</c> and <c>@comment</c>; text
/// between entries is ignored, as BibTeX ignores it. Never throws on content: an entry that cannot be read becomes
/// a diagnostic and reading goes on at the next line that starts with <c>@</c>. A value never runs past such a line,
/// which keeps one unclosed brace from swallowing the rest of the file and keeps the reading linear.
/// </summary>
internal sealed class BibTexParser
{
    private readonly string _text;
    private readonly string _source;
    private readonly List<BibTexEntry> _entries = [];
    private readonly List<SourceDiagnostic> _diagnostics = [];
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
    private int _countedTo;
    private int _countedLine = 1;

    private BibTexParser(string text, string source)
    {
        _text = text;
        _source = source;
        foreach (var month in BibTexMonths.Names) _macros[month[..3]] = month;
    }

    public static (IReadOnlyList<BibTexEntry> Entries, IReadOnlyList<SourceDiagnostic> Diagnostics) Parse(string text, string source)
    {
        var parser = new BibTexParser(text, source);
        parser.Run();
        return (parser._entries, parser._diagnostics);
    }

    private void Run()
    {
        int p = 0;
        while (p < _text.Length)
        {
            int at = _text.IndexOf('@', p);
            if (at < 0) break;
            p = Entry(at);
        }
    }

    /// <summary>Reads the entry at <paramref name="at"/> (an <c>@</c>) and returns where reading goes on.</summary>
    private int Entry(int at)
    {
        int line = LineOf(at);
        int p = SkipSpace(at + 1);
        int typeEnd = Identifier(p);
        if (typeEnd == p) return at + 1;
        string type = _text[p..typeEnd].ToLowerInvariant();
        p = SkipSpace(typeEnd);
        if (p >= _text.Length || _text[p] is not ('{' or '('))
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
        string name = _text[p..nameEnd];
        p = Expect(SkipSpace(nameEnd), '=', "a @string needs a name = value");
        (string value, p) = Value(p, name);
        _macros[name] = value;
        return Close(p, close);
    }

    private int Fields(string type, int line, int p, char close)
    {
        p = SkipSpace(p);
        int keyEnd = p;
        while (keyEnd < _text.Length && _text[keyEnd] is not (',' or '}' or ')') && !char.IsWhiteSpace(_text[keyEnd])) keyEnd++;
        string key = _text[p..keyEnd];
        p = SkipSpace(keyEnd);

        var fields = new List<BibTexField>();
        while (true)
        {
            if (p < _text.Length && _text[p] == ',') p = SkipSpace(p + 1);
            if (p < _text.Length && _text[p] == close) break;
            if (p >= _text.Length || StartsEntryLine(p)) throw Unclosed(p, $"'{Excerpt.Of(key, 40)}' is never closed with '{close}'");
            int nameEnd = Identifier(p);
            if (nameEnd == p) throw Malformed(p, $"'{Excerpt.Of(Fragment(p), 30)}' at line {LineOf(p)} is not a field");
            string name = _text[p..nameEnd].ToLowerInvariant();
            int fieldLine = LineOf(p);
            p = Expect(SkipSpace(nameEnd), '=', $"the field '{Excerpt.Of(name, 30)}' at line {fieldLine} has no '='");
            (string value, p) = Value(p, name);
            if (fields.Any(f => f.Name == name))
            {
                _diagnostics.Add(new SourceDiagnostic(DiagnosticCodes.BibTexDuplicateField, DiagnosticSeverity.Warning, _source, fieldLine,
                    $"'{Excerpt.Of(name, 30)}' is given twice in '{Excerpt.Of(key, 40)}'; the first is kept"));
            }
            else
            {
                fields.Add(new BibTexField(name, value, fieldLine));
            }
            p = SkipSpace(p);
            if (p < _text.Length && StartsEntryLine(p)) throw Unclosed(p, $"'{Excerpt.Of(key, 40)}' is never closed with '{close}'");
            if (p < _text.Length && _text[p] != ',' && _text[p] != close)
                throw Malformed(p, $"a ',' or '{close}' is missing after the field '{Excerpt.Of(name, 30)}' at line {fieldLine}");
        }
        _entries.Add(new BibTexEntry(type, key, line, fields));
        return p + 1;
    }

    /// <summary>A value: parts joined by <c>#</c>, each braced, quoted, a number or a macro.</summary>
    private (string Value, int End) Value(int p, string field)
    {
        var value = new StringBuilder();
        while (true)
        {
            p = SkipSpace(p);
            if (p >= _text.Length) throw Unclosed(p, $"the value of '{Excerpt.Of(field, 30)}' is missing at the end of the file");
            char c = _text[p];
            if (c == '{')
            {
                int end = MatchingBrace(p, out _);
                if (end < 0) throw Unclosed(p, $"the brace that opens '{Excerpt.Of(field, 30)}' at line {LineOf(p)} is never closed");
                value.Append(_text, p + 1, end - p - 1);
                p = end + 1;
            }
            else if (c == '"')
            {
                int end = ClosingQuote(p);
                if (end < 0) throw Unclosed(p, $"the quote that opens '{Excerpt.Of(field, 30)}' at line {LineOf(p)} is never closed");
                value.Append(_text, p + 1, end - p - 1);
                p = end + 1;
            }
            else if (char.IsAsciiDigit(c))
            {
                int end = p;
                while (end < _text.Length && char.IsAsciiDigit(_text[end])) end++;
                value.Append(_text, p, end - p);
                p = end;
            }
            else if (Identifier(p) is int end && end > p)
            {
                string macro = _text[p..end];
                if (_macros.TryGetValue(macro, out string? expansion))
                {
                    value.Append(expansion);
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
            if (p < _text.Length && _text[p] == '#')
            {
                p++;
                continue;
            }
            return (value.ToString(), p);
        }
    }

    /// <summary>The brace closing the one at <paramref name="open"/>, or -1 when the file ends or an entry line
    /// comes first (<paramref name="stoppedAtEntry"/>).</summary>
    private int MatchingBrace(int open, out bool stoppedAtEntry)
    {
        stoppedAtEntry = false;
        int depth = 0;
        for (int i = open; i < _text.Length; i++)
        {
            char c = _text[i];
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
            else if (c == '\n' && StartsEntryLine(i + 1))
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
        for (int i = open + 1; i < _text.Length; i++)
        {
            char c = _text[i];
            if (c == '{') depth++;
            else if (c == '}') depth = Math.Max(0, depth - 1);
            else if (c == '"' && depth == 0) return i;
            else if (c == '\n' && StartsEntryLine(i + 1)) return -1;
        }
        return -1;
    }

    /// <summary>Whether a line starting at <paramref name="p"/> opens an entry: spaces, <c>@</c>, a name and <c>{</c> or <c>(</c>.</summary>
    private bool StartsEntryLine(int p)
    {
        if (p > 0 && _text[p - 1] != '\n') return false;
        p = SkipBlanks(p);
        if (p >= _text.Length || _text[p] != '@') return false;
        int end = Identifier(p + 1);
        if (end == p + 1) return false;
        end = SkipBlanks(end);
        return end < _text.Length && _text[end] is '{' or '(';
    }

    private int Close(int p, char close)
    {
        p = SkipSpace(p);
        if (p < _text.Length && _text[p] == close) return p + 1;
        throw p >= _text.Length || StartsEntryLine(p) ? Unclosed(p, $"it is never closed with '{close}'") : Malformed(p, $"'{close}' expected at line {LineOf(p)}");
    }

    private int Expect(int p, char c, string problem)
    {
        if (p < _text.Length && _text[p] == c) return SkipSpace(p + 1);
        throw Malformed(p, problem);
    }

    private int Identifier(int p)
    {
        int end = p;
        while (end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] is '_' or '-' or ':' or '.' or '+' or '/' or '\''))
        {
            end++;
        }
        // A name starts with a letter or underscore (a number is a value, not a macro).
        return end > p && !char.IsAsciiDigit(_text[p]) ? end : p;
    }

    private int SkipSpace(int p)
    {
        while (p < _text.Length && char.IsWhiteSpace(_text[p])) p++;
        return p;
    }

    private int SkipBlanks(int p)
    {
        while (p < _text.Length && _text[p] is ' ' or '\t') p++;
        return p;
    }

    private string Fragment(int p) => _text.Substring(p, Math.Min(30, _text.Length - p)).Split('\n')[0];

    /// <summary>The 1-based line of <paramref name="position"/>; positions are asked for in increasing order, so the
    /// newlines are counted once.</summary>
    private int LineOf(int position)
    {
        if (position < _countedTo)
        {
            _countedTo = 0;
            _countedLine = 1;
        }
        position = Math.Min(position, _text.Length);
        _countedLine += _text.AsSpan(_countedTo, position - _countedTo).Count('\n');
        _countedTo = position;
        return _countedLine;
    }

    private EntryException Unclosed(int p, string message) => new(DiagnosticCodes.BibTexUnclosed, message, ResumeAfter(p));

    private EntryException Malformed(int p, string message) => new(DiagnosticCodes.BibTexMalformed, message, ResumeAfter(p));

    /// <summary>The next line at or after <paramref name="p"/> that opens an entry, or the end.</summary>
    private int ResumeAfter(int p)
    {
        if (p < _text.Length && StartsEntryLine(p)) return p;
        for (int i = _text.IndexOf('\n', Math.Min(p, _text.Length)); i >= 0 && i < _text.Length; i = _text.IndexOf('\n', i + 1))
        {
            if (StartsEntryLine(i + 1)) return i + 1;
        }
        return _text.Length;
    }

    private sealed class EntryException(string code, string message, int resumeAt) : Exception(message)
    {
        public string Code { get; } = code;
        public int ResumeAt { get; } = resumeAt;
    }
}
