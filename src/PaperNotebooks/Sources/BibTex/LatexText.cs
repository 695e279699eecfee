using System.Text;
using PaperNotebooks.Text;

namespace PaperNotebooks.Sources.BibTex;

/// <summary>
/// BibTeX field text as a reader sees it: LaTeX accents and symbols as Unicode (<c>{\"u}</c> ü, <c>\c{c}</c> ç,
/// <c>{\ss}</c> ß, <c>--</c> –), formatting commands reduced to their text (<c>\emph{x}</c> x), braces that protect case
/// removed, white space collapsed. Math between dollars is kept as written. One pass, linear in the text.
/// </summary>
internal static class LatexText
{
    // Accents written with a symbol (\'e) and with a letter (\c{c}), as combining marks.
    private static readonly Dictionary<string, char> Accents = new(StringComparer.Ordinal)
    {
        ["'"] = '\u0301', ["`"] = '\u0300', ["^"] = '\u0302', ["\""] = '\u0308', ["~"] = '\u0303', ["="] = '\u0304',
        ["."] = '\u0307', ["u"] = '\u0306', ["v"] = '\u030C', ["H"] = '\u030B', ["c"] = '\u0327', ["k"] = '\u0328',
        ["r"] = '\u030A', ["d"] = '\u0323', ["b"] = '\u0331', ["t"] = '\u0361',
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["ss"] = "ß", ["SS"] = "SS", ["o"] = "ø", ["O"] = "Ø", ["aa"] = "å", ["AA"] = "Å", ["ae"] = "æ", ["AE"] = "Æ",
        ["oe"] = "œ", ["OE"] = "Œ", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð",
        ["th"] = "þ", ["TH"] = "Þ", ["ng"] = "ŋ", ["NG"] = "Ŋ", ["dj"] = "đ", ["DJ"] = "Đ",
        ["&"] = "&", ["%"] = "%", ["$"] = "$", ["#"] = "#", ["_"] = "_", ["{"] = "{", ["}"] = "}", [" "] = " ",
        [","] = " ", [";"] = " ", ["/"] = "", ["-"] = "", ["\\"] = " ",
        ["textendash"] = "–", ["textemdash"] = "—", ["ldots"] = "…", ["dots"] = "…", ["textellipsis"] = "…",
        ["textquoteleft"] = "‘", ["textquoteright"] = "’", ["textquotedblleft"] = "“", ["textquotedblright"] = "”",
        ["textasciitilde"] = "~", ["textasciicircum"] = "^", ["textbackslash"] = "\\", ["textbar"] = "|",
        ["textless"] = "<", ["textgreater"] = ">", ["textregistered"] = "®", ["texttrademark"] = "™",
        ["copyright"] = "©", ["textcopyright"] = "©", ["pounds"] = "£", ["euro"] = "€", ["S"] = "§", ["P"] = "¶",
        ["textdegree"] = "°", ["textsection"] = "§", ["guillemotleft"] = "«", ["guillemotright"] = "»",
        ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["BibTeX"] = "BibTeX", ["relax"] = "", ["noopsort"] = "",
    };

    // Commands whose argument is the text to show.
    private static readonly HashSet<string> TextCommands = new(StringComparer.Ordinal)
    {
        "emph", "textbf", "textit", "textsc", "texttt", "textrm", "textsf", "textsl", "textup", "textmd", "textnormal",
        "mbox", "text", "uppercase", "lowercase", "MakeUppercase", "MakeLowercase", "url", "NoCaseChange", "bf", "it",
        "em", "sc", "tt", "rm", "sf",
    };

    /// <summary>The text a reader should see for a raw BibTeX value.</summary>
    public static string ToUnicode(string raw)
    {
        // Most abstracts and many titles have no LaTeX at all: they are only collapsed and normalised, without a copy.
        if (HasNoLatex(raw)) return Composed(Whitespace.Collapse(raw));
        var output = new StringBuilder(raw.Length);
        new Decoder(raw, output).Run(0, raw.Length);
        return Composed(Whitespace.Collapse(output.ToString()));
    }

    /// <summary>NFC, without a copy of text that is NFC already (normalising always copies text beyond ASCII).</summary>
    private static string Composed(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    private static readonly System.Buffers.SearchValues<char> Markup = System.Buffers.SearchValues.Create("\\{}$~-`'");

    /// <summary>Whether <see cref="Decoder"/> would copy <paramref name="raw"/> unchanged: none of its markup, and a
    /// dash, backquote or quote never doubled.</summary>
    private static bool HasNoLatex(string raw)
    {
        var rest = raw.AsSpan();
        for (int i = rest.IndexOfAny(Markup); i >= 0; i = rest.IndexOfAny(Markup))
        {
            char c = rest[i];
            if (c is not ('-' or '`' or '\'')) return false;
            if (i + 1 < rest.Length && rest[i + 1] == c) return false;
            rest = rest[(i + 1)..];
        }
        return true;
    }

    private readonly ref struct Decoder(string text, StringBuilder output)
    {
        private readonly string _text = text;
        private readonly StringBuilder _output = output;

        /// <summary>Decodes text[start..end) into the output and returns where it stopped.</summary>
        public int Run(int start, int end)
        {
            int i = start;
            while (i < end)
            {
                char c = _text[i];
                switch (c)
                {
                    case '\\':
                        i = Command(i, end);
                        break;
                    case '{':
                    case '}':
                        i++;
                        break;
                    case '$':
                        i = KeepMath(i, end);
                        break;
                    case '~':
                        _output.Append(' ');
                        i++;
                        break;
                    case '-' when i + 1 < end && _text[i + 1] == '-':
                        bool em = i + 2 < end && _text[i + 2] == '-';
                        _output.Append(em ? '—' : '–');
                        i += em ? 3 : 2;
                        break;
                    case '`' when i + 1 < end && _text[i + 1] == '`':
                        _output.Append('“');
                        i += 2;
                        break;
                    case '\'' when i + 1 < end && _text[i + 1] == '\'':
                        _output.Append('”');
                        i += 2;
                        break;
                    default:
                        // Plain text up to the next character that may be markup, in one append.
                        int run = _text.AsSpan(i + 1, end - i - 1).IndexOfAny(Markup);
                        int runEnd = run < 0 ? end : i + 1 + run;
                        _output.Append(_text, i, runEnd - i);
                        i = runEnd;
                        break;
                }
            }
            return i;
        }

        /// <summary>Math is kept as written, dollars included: a reader can tell it is math.</summary>
        private int KeepMath(int start, int end)
        {
            int close = _text.IndexOf('$', start + 1, end - start - 1);
            if (close < 0)
            {
                _output.Append('$');
                return start + 1;
            }
            _output.Append(_text, start, close + 1 - start);
            return close + 1;
        }

        private int Command(int start, int end)
        {
            int i = start + 1;
            if (i >= end)
            {
                return end;
            }
            string name;
            if (char.IsAsciiLetter(_text[i]))
            {
                int nameEnd = i;
                while (nameEnd < end && char.IsAsciiLetter(_text[nameEnd])) nameEnd++;
                name = _text[i..nameEnd];
                i = nameEnd;
            }
            else
            {
                name = _text[i].ToString();
                i++;
            }
            bool letterName = char.IsAsciiLetter(name[0]);

            if (Accents.TryGetValue(name, out char mark) && (!letterName || NextIsArgument(i, end)))
            {
                return Accent(mark, letterName ? SkipSpaces(i, end) : i, end);
            }
            if (Symbols.TryGetValue(name, out string? symbol))
            {
                _output.Append(symbol);
                // A space after a letter command ends the name (\ss x): it is not text.
                return letterName ? SkipOneSpaceIfBraceFollows(i, end) : i;
            }
            if (TextCommands.Contains(name))
            {
                return SkipSpaces(i, end);
            }
            // Unknown: keep it as written, so nothing a reader needs disappears.
            _output.Append('\\').Append(name);
            return i;
        }

        private bool NextIsArgument(int i, int end)
        {
            i = SkipSpaces(i, end);
            return i < end && (char.IsLetter(_text[i]) || _text[i] is '{' or '\\');
        }

        private int SkipSpaces(int i, int end)
        {
            while (i < end && _text[i] == ' ') i++;
            return i;
        }

        private int SkipOneSpaceIfBraceFollows(int i, int end) => i < end && _text[i] == '{' && i + 1 < end && _text[i + 1] == '}' ? i + 2 : i;

        /// <summary>An accent's argument: a letter, <c>{x}</c>, <c>{\i}</c> or <c>\i</c>; the mark goes after its first letter.</summary>
        private int Accent(char mark, int i, int end)
        {
            if (i >= end)
            {
                _output.Append(mark);
                return i;
            }
            if (_text[i] == '{' && MatchingBrace(i, end) is int close and >= 0)
            {
                int before = _output.Length;
                Run(i + 1, close);
                AttachMark(before, mark);
                return close + 1;
            }
            if (_text[i] == '\\')
            {
                // Only a symbol (\i, \o) can carry an accent; anything else is left to the main loop, which keeps
                // chains such as \'\'\'\' from nesting.
                int nameEnd = i + 1;
                while (nameEnd < end && char.IsAsciiLetter(_text[nameEnd])) nameEnd++;
                if (nameEnd > i + 1 && Symbols.TryGetValue(_text[(i + 1)..nameEnd], out string? symbol))
                {
                    int before = _output.Length;
                    _output.Append(symbol);
                    AttachMark(before, mark);
                    return nameEnd;
                }
                _output.Append(mark);
                return i;
            }
            if (_text[i] is '{' or '}' || char.IsWhiteSpace(_text[i]))
            {
                _output.Append(mark);
                return i;
            }
            int length = char.IsSurrogatePair(_text, i) ? 2 : 1;
            _output.Append(_text, i, length).Append(mark);
            return i + length;
        }

        private void AttachMark(int before, char mark)
        {
            if (_output.Length == before)
            {
                _output.Append(mark);
                return;
            }
            int at = before + 1;
            if (char.IsHighSurrogate(_output[before]) && at < _output.Length) at++;
            // After the marks the letter has already (\~{\^e}: the circumflex first, then the tilde).
            while (at < _output.Length && char.GetUnicodeCategory(_output[at]) == System.Globalization.UnicodeCategory.NonSpacingMark) at++;
            // Dotless i and j carry accents in LaTeX; in Unicode the plain letters do.
            if (_output[before] == 'ı') _output[before] = 'i';
            if (_output[before] == 'ȷ') _output[before] = 'j';
            _output.Insert(at, mark);
        }

        /// <summary>The brace closing the one at <paramref name="open"/> within a short window, or -1: an accent's
        /// argument is a letter or two, and looking further would make unbalanced text cost the square of its length.</summary>
        private int MatchingBrace(int open, int end)
        {
            const int Window = 64;
            int depth = 0;
            for (int i = open; i < Math.Min(end, open + Window); i++)
            {
                if (_text[i] == '\\')
                {
                    i++;
                    continue;
                }
                if (_text[i] == '{') depth++;
                else if (_text[i] == '}' && --depth == 0) return i;
            }
            return -1;
        }
    }
}
