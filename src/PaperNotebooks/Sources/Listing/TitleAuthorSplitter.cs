using PaperNotebooks.Sources;
using PaperNotebooks.Text;

namespace PaperNotebooks.Listing;

/// <summary>
/// Finds where the title ends and the author list begins on a line such as
/// <c>GRIN: GRadient-INformed MoELiyuan Liu, Young Jin Kim et al. · microsoft-research</c>.
/// </summary>
/// <remarks>
/// The title runs into the first author with no separator, so the boundary lies inside one word of the line.
/// Every place where a name could start inside a word (an upper-case letter, or a change of script) is a
/// candidate. Each candidate is scored by how much the text after it reads as a comma-separated list of
/// personal or organisation names (<see cref="NameShape"/>) and how much the text before it reads as the end of
/// a title, weighing the shape of the words, what public arXiv metadata says of them (<see cref="TitleAuthorLexicon"/>),
/// a group named after the title's project, a CamelCase term the title already spelt, and the site's title width;
/// the best reading wins. When the next reading is close, it is kept (<see cref="TitleAuthorLine.Alternative"/>) for
/// the rest of the file to settle.
/// </remarks>
internal static class TitleAuthorSplitter
{
    private const string AffiliationSeparator = " \u00B7 ";
    /// <summary>
    /// Readings closer than this are both kept, for the rest of the file to settle (<see cref="ListingBlockParser"/>); so
    /// is the next reading of one in doubt (<see cref="BoundaryDoubt"/>), however wide its margin.
    /// </summary>
    public const double AmbiguityMargin = 0.6;

    /// <summary>
    /// Readings this close are coin flips: reported (PN008) when the rest of the file does not settle them. Other
    /// readings are reported only when in doubt (<see cref="BoundaryDoubt"/>); on real papers almost all other close
    /// calls are right and most mistakes are confident (bench/splitter).
    /// </summary>
    public const double FlagMargin = 0.01;
    private const double NotAName = -1.5;
    // Bounds that no real line reaches; they keep a hostile line linear (see Candidates).
    private const int MaxCandidates = 512;
    private const int MaxNameLength = 256;
    private const int TitleTailWindow = 256;
    private const int MaxTermLength = 40;
    /// <summary>The site cuts a longer title at this many characters (the seed's "...Reconfigurable Parallelis" is one).</summary>
    public const int TitleWidth = 142;

    public static TitleAuthorLine Split(string line) => Split(line.AsSpan());

    /// <param name="withTitle">False leaves the title empty, for statistics that never show it.</param>
    /// <param name="names">The reader's pool: the authors come back as its numbers (<see cref="PooledNames"/>), with a
    /// string made only for a name it does not hold yet.</param>
    [System.Runtime.CompilerServices.SkipLocalsInit]   // the stack buffers are written before they are read
    public static TitleAuthorLine Split(ReadOnlySpan<char> line, bool withTitle = true, NamePool? names = null)
    {
        var affiliations = (IReadOnlyList<string>)[];
        int affiliationStart = line.LastIndexOf(AffiliationSeparator, StringComparison.Ordinal);
        var rest = line;
        if (affiliationStart > 0)
        {
            affiliations = SplitList(line[(affiliationStart + AffiliationSeparator.Length)..], names);
            rest = line[..affiliationStart];
        }

        bool truncated = false;
        var body = rest.TrimEnd();
        foreach (var marker in (ReadOnlySpan<string>)[" et al.", " et al", ", et al.", ",et al."])
        {
            if (body.EndsWith(marker, StringComparison.Ordinal))
            {
                body = body[..^marker.Length].TrimEnd().TrimEnd(',');
                truncated = true;
                break;
            }
        }

        // Segments and candidates live on the stack for ordinary lines: a listing reads millions of them.
        int count = body.Count(',') + 1;
        Span<Range> segments = count <= 64 ? stackalloc Range[count] : new Range[count];
        Segments(body, segments);
        Span<double> laterScores = count < 64 ? stackalloc double[count + 1] : new double[count + 1];
        laterScores[count] = 0;

        // Only the segments at the end can hold the first author: from the right, the author segments up to the
        // first one that does not read as a name (the one the title runs into), and one more in case that
        // judgement was wrong. Title segments further left are never scored.
        int firstCandidateSegment = 0;
        bool glueSeen = false;
        for (int s = count - 1; s >= 0; s--)
        {
            double score = NameShape.Score(body[segments[s]]);
            laterScores[s] = laterScores[s + 1] + score;
            firstCandidateSegment = s;
            if (glueSeen) break;
            glueSeen = score < NotAName;
        }

        Span<(int Position, int Segment, bool Cjk)> candidates = stackalloc (int, int, bool)[MaxCandidates];
        candidates = candidates[..Candidates(body, segments, firstCandidateSegment, candidates)];
        int[]? typicalCjkLengths = null;
        int best = -1, second = -1;
        double bestScore = double.NegativeInfinity, secondScore = double.NegativeInfinity;
        // One place where a name could start: it is the reading whatever its score (finite unless no title is left
        // before it), so the scoring below, most of a line's cost, is skipped for the third of real lines that have one.
        if (candidates.Length == 1 && !body[Math.Max(0, candidates[0].Position - TitleTailWindow)..candidates[0].Position].IsWhiteSpace())
        {
            best = candidates[0].Position;
        }
        for (int c = best < 0 ? candidates.Length - 1 : -1; c >= 0; c--)   // found right to left, scored left to right
        {
            var (p, s, cjk) = candidates[c];
            var (start, length) = segments[s].GetOffsetAndLength(body.Length);
            int end = start + length;
            double extra = 0;
            if (cjk)
            {
                // Han or Hangul on both sides: nothing marks the boundary, so take the name length the other
                // authors have (most CJK names are two or three characters) and say it was a guess.
                typicalCjkLengths ??= CjkNames.TypicalLengths(body, segments);
                extra = -0.3 * Math.Abs(end - p - typicalCjkLengths[s + 1]);
            }
            var titleTail = body[Math.Max(0, p - TitleTailWindow)..p];
            double score = extra + TitleTailScore(titleTail, body[p]) + NameShape.Score(body[p..end]) + laterScores[s + 1]
                + WidthEvidence(body, p) + GroupNameEvidence(body, p, end) + SplitTermEvidence(body, p, end);
            if (score > bestScore)
            {
                (second, secondScore) = (best, bestScore);
                (best, bestScore) = (p, score);
            }
            else if (score > secondScore)
            {
                (second, secondScore) = (p, score);
            }
        }

        if (best < 0)
        {
            // No place reads as the start of a comma-separated list of names: an author list the source wrote
            // without commas or with semicolons ("...RetrievalHanna Berg Tomas Lind"). The first title word with a
            // known given name glued to it is then the likeliest boundary; the authors are kept as written.
            int glued = FirstGluedName(body);
            if (glued > 0)
            {
                return new TitleAuthorLine(withTitle ? body[..glued].Trim().ToString() : "", SplitAuthors(body[glued..], names), truncated, affiliations)
                    { AuthorsAsWritten = true, TitleEnd = glued };
            }
            return new TitleAuthorLine(withTitle ? body.Trim().ToString() : "", [], truncated, affiliations) { TitleEnd = body.Length };
        }

        TitleAuthorLine? alternative = null;
        double margin = second >= 0 ? bestScore - secondScore : double.PositiveInfinity;
        var authorsText = body[best..];
        int firstComma = ShortSearch.IndexOf(authorsText, ',');
        bool doubt = BoundaryDoubt.Of(body[..best], firstComma < 0 ? authorsText : authorsText[..firstComma]);
        if (margin < AmbiguityMargin || (doubt && second >= 0))
        {
            alternative = new TitleAuthorLine(withTitle ? body[..second].Trim().ToString() : "", SplitAuthors(body[second..], names), truncated, affiliations)
                { TitleEnd = second, LastTitleWord = TitleTerms.Last(body[..second]).ToString() };
        }
        string title = withTitle ? body[..best].Trim().ToString() : "";
        return new TitleAuthorLine(title, SplitAuthors(body[best..], names), truncated, affiliations, alternative, margin)
            { InDoubt = doubt, TitleEnd = best, LastTitleWord = alternative is null ? null : TitleTerms.Last(body[..best]).ToString() };
    }

    /// <summary>
    /// The first place where a known given name is glued to a known title word ("RetrievalHanna"), or -1: one pass
    /// over the line, a look-up only where a lower-case letter meets a capital.
    /// </summary>
    internal static int FirstGluedName(ReadOnlySpan<char> body)
    {
        var lexicon = TitleAuthorLexicon.Shared;
        int wordStart = 0;
        for (int p = 1; p < body.Length; p++)
        {
            char c = body[p];
            if (c == ' ') wordStart = p + 1;
            // Heads longer than any title word are never looked up, so a huge CamelCase word stays linear.
            if (!Letters.IsUpper(c) || !Letters.IsLower(body[p - 1]) || p - wordStart is < 3 or > MaxTermLength) continue;
            int end = p + 1;
            while (end < body.Length && Letters.IsLower(body[end]) && end - p < 32) end++;
            var head = body[wordStart..p];
            if (NameShape.StartsWithCamelPrefix(head)) continue;
            var headCounts = lexicon[head];
            var name = lexicon[body[p..end]];
            if (headCounts.IsKnown && headCounts.NameOdds < 0 && name.Given > name.Title && name.NameOdds > 1) return p;
        }
        return -1;
    }

    /// <summary>
    /// Writes into <paramref name="found"/>, right to left, the places where a name could start and returns how many:
    /// only the rightmost <see cref="MaxCandidates"/>, each at most <see cref="MaxNameLength"/> characters before its
    /// segment's end and within its last <see cref="NameShape.MaxTokens"/> words (a name that starts further left
    /// would have more words than any name has), so that a line of one huge word or of thousands of name-like
    /// segments costs time in proportion to its length.
    /// </summary>
    private static int Candidates(ReadOnlySpan<char> body, ReadOnlySpan<Range> segments, int firstSegment, Span<(int Position, int Segment, bool Cjk)> found)
    {
        int count = 0;
        for (int s = segments.Length - 1; s >= firstSegment && count < MaxCandidates; s--)
        {
            var (start, length) = segments[s].GetOffsetAndLength(body.Length);
            int end = start + length;
            int spaces = 0, from = Math.Max(start + 1, end - MaxNameLength);
            // One pass from the right over at most a name's worth of characters: a plain loop, since the capitals it
            // stops at are a few characters apart.
            for (int p = end - 1; p >= from && count < MaxCandidates; p--)
            {
                char c = body[p];
                if (c == ' ' && ++spaces == NameShape.MaxTokens) break;
                // Only an ASCII capital or a non-ASCII character can start a name.
                if (char.IsAscii(c) && !char.IsAsciiLetterUpper(c)) continue;
                if (CjkNames.IsInsideRun(body, p))
                {
                    // The length test first: it leaves at most three places per run to look back from.
                    if (end - p is < 2 or > 4 || CjkNames.RunFollowsOtherScript(body, p, start)) continue;
                    found[count++] = (p, s, true);
                }
                else if (CouldStartName(body, p))
                {
                    found[count++] = (p, s, false);
                }
            }
        }
        return count;
    }

    /// <summary>
    /// A title cut at the site's width ends exactly there, so a boundary at <see cref="TitleWidth"/> is likely and one
    /// after it unlikely: evidence, not a rule, since another site may cut elsewhere or not at all.
    /// </summary>
    private static double WidthEvidence(ReadOnlySpan<char> body, int p) =>
        p == TitleWidth ? (body[p - 1] == ' ' ? 0.5 : 1.0) : p > TitleWidth ? -0.3 : 0;

    /// <summary>
    /// "DeepSeek-V3.2: ...ModelsDeepSeek-AI", "MiniCPM-SALA: ...MiniCPM Team": a group named after its project, whose
    /// name (CamelCase, capitals or a hyphenated part in capitals) the title has already spelt out.
    /// </summary>
    private static double GroupNameEvidence(ReadOnlySpan<char> body, int p, int end)
    {
        var name = body[p..end].TrimEnd();
        int wordEnd = ShortSearch.IndexOf(name, ' ');
        var word = wordEnd < 0 ? name : name[..wordEnd];
        int hyphen = ShortSearch.IndexOf(word, '-');
        var stem = hyphen > 0 ? word[..hyphen] : word;
        if (stem.Length < 3) return 0;
        bool shaped = NameShape.LastHump(word) > 0 || (hyphen > 0 && IsCapitals(word[(hyphen + 1)..])) || IsCapitals(stem);
        return shaped && TitleBefore(body, p).Contains(stem, StringComparison.Ordinal) ? 1.0 : 0;
    }

    /// <summary>
    /// "...ModelsDeep|Seek-AI" after "DeepSeek-V3.2: ...": the boundary would cut in two a CamelCase term that the title
    /// has already spelt whole.
    /// </summary>
    private static double SplitTermEvidence(ReadOnlySpan<char> body, int p, int end)
    {
        int left = p - 1;
        while (left > 0 && Letters.IsLetterOrDigit(body[left - 1]) && !(Letters.IsUpper(body[left]) && Letters.IsLower(body[left - 1]))) left--;
        int right = p;
        while (right < end && Letters.IsLetterOrDigit(body[right])) right++;
        int length = right - left;
        if (p - left < 2 || right - p < 2 || length > 32 || left == 0) return 0;
        var term = body[left..right];
        return TitleBefore(body, left).Contains(term, StringComparison.Ordinal) ? -1.0 : 0;
    }

    // The title text that the group and term evidence search: no real title is longer, and a bounded window keeps a
    // hostile line of one huge word linear (a search per candidate over the whole line would not be).
    private static ReadOnlySpan<char> TitleBefore(ReadOnlySpan<char> body, int p) => body[Math.Max(0, p - 2 * TitleTailWindow)..p];

    private static bool IsCapitals(ReadOnlySpan<char> text)
    {
        if (text.Length < 2) return false;
        foreach (char c in text)
        {
            if (!Letters.IsUpper(c)) return false;
        }
        return true;
    }

    /// <summary>A name can start at an upper-case letter, or at a letter whose script differs from the one before it.</summary>
    private static bool CouldStartName(ReadOnlySpan<char> text, int p)
    {
        char c = text[p], before = text[p - 1];
        // A title cut at the site's width just before a space: the name then starts after it.
        if (p == TitleWidth && before == ' ' && Letters.IsUpper(c)) return true;
        if (Letters.IsWhiteSpace(before) || before == ',') return false;
        if (Letters.IsUpper(c)) return true;
        if (!Letters.IsLetter(c) || Letters.IsLower(c)) return false;
        // An uncased letter (Han, Kana, Hangul, Arabic, ...): only where the script changes.
        return !Letters.IsLetter(before) || Scripts.Of(before) != Scripts.Of(c);
    }

    /// <summary>How much <paramref name="title"/> reads as the end of a title.</summary>
    private static double TitleTailScore(ReadOnlySpan<char> title, char nameStart)
    {
        var trimmed = title.TrimEnd();
        if (trimmed.IsEmpty) return double.NegativeInfinity;
        int wordStart = ShortSearch.LastIndexOf(trimmed, ' ') + 1;
        var word = trimmed[wordStart..];
        double penalty = GlueBeforeLastWord(trimmed[..wordStart]) + TitleWordEvidence(word);
        char last = word[^1];
        if (trimmed.Length == title.Length && Letters.IsLetter(last) && nameStart != '\0' && Scripts.Of(last) != Scripts.Of(nameStart))
            return penalty + 0.5;                                                 // KoBERT김민수: the script changes
        if (word.Length == 1 && last is '\'' or '"' or '\u2018' or '\u201C') return penalty - 1.5;  // an opening quote

        if (last is '-' or '(' or '[' or '/' or '&' or ',' or ':' or '~' or '\u2018' or '\u201C') return penalty - 2;
        if (last is '\'' or '\u2019' && word.Length >= 2 && Letters.IsUpper(word[^2]) && (word.Length == 2 || !Letters.IsLetter(word[^3])))
            return penalty - 1;                                                   // the O' of O'Brien
        if (Letters.IsDigit(last) || last is ')' or ']' or '?' or '!' or '"' or '\'' or '.' or '*' or '+' or '\u2019' or '\u201D')
            return penalty + 0.5;
        if (Letters.IsLower(last))
        {
            // "LLMs", "GPUs": an acronym's plural is a common last word of a title.
            if (word.Length >= 3 && last == 's' && Letters.IsUpper(word[^2]) && Letters.IsUpper(word[^3])) return penalty + 0.7;
            // "Le", "Mc", "De": the first half of LeCun or McGregor, not the end of a title.
            if (word.Length <= 3 && Letters.IsUpper(word[0]) && NameShape.IsCamelPrefix(word)) return penalty - 0.8;
            return penalty + (IsGluedCamel(word) ? -0.1 : 0.5);
        }
        if (Letters.IsUpper(last))
        {
            int run = 0;
            while (run < word.Length && Letters.IsUpper(word[word.Length - 1 - run])) run++;
            if (run == word.Length) return penalty + 0.4;                                     // BERT, RLHF, GPT
            int beforeRun = word.Length - 1 - run;
            char before = word[beforeRun];
            if (!Letters.IsLetter(before)) return penalty + 0.4;                                 // GPT-4V, 3D
            if (before == 's' && beforeRun >= 1 && Letters.IsUpper(word[beforeRun - 1])) return penalty - 1; // LLMsL
            int lowerRun = 0;
            while (beforeRun - lowerRun >= 0 && Letters.IsLower(word[beforeRun - lowerRun])) lowerRun++;
            if (lowerRun == beforeRun + 1 && lowerRun <= 3) return penalty + 0.3;             // eBPF, iOS, macOS
            if (run == 1 && lowerRun <= 2) return penalty + 0.3;                              // MoE, LoRA
            if (run >= 2) return penalty + 0.2;                                               // SciBERT, KoBERT
            return penalty - 0.5;                                                             // LanguagesA
        }
        return penalty + (Letters.IsLetter(last) ? 0.3 : 0);
    }

    /// <summary>
    /// What public arXiv metadata says of the title's last word: a known title word ("Prediction") counts for, a known
    /// name ("Zhen") or a title word with a name glued to it ("ImageSai") against.
    /// </summary>
    private static double TitleWordEvidence(ReadOnlySpan<char> word)
    {
        int start = 0;
        while (start < word.Length && !Letters.IsLetterOrDigit(word[start])) start++;
        word = word[start..];
        if (word.Length < 2 || !Letters.IsLetter(word[^1]) || !word.ContainsAnyInRange('A', 'Z')) return 0;
        var lexicon = TitleAuthorLexicon.Shared;
        var counts = lexicon[word];
        if (counts.IsKnown) return Math.Clamp(-0.2 * counts.NameOdds, -0.8, 0.5);
        if (Letters.IsLower(word[0]) && NameShape.IsParticle(word)) return -1.0;   // "...network Guilherme Santos da"
        int hump = NameShape.LastHump(word);
        if (hump <= 0)
        {
            // "Know?Hui": a name glued after the title's last punctuation.
            int afterMark = word.Length;
            while (afterMark > 0 && Letters.IsLetter(word[afterMark - 1])) afterMark--;
            return afterMark > 0 && afterMark < word.Length && lexicon[word[afterMark..]].NameOdds > 1 ? -1.0 : 0;
        }
        var head = NameShape.Counts(lexicon, word[..hump]);
        var tail = NameShape.Counts(lexicon, word[hump..]);
        if (tail.NameOdds > 1 && head.NameOdds <= 0.5) return -1.0;   // ImageSai, CTXinran: the title's last word and half a name
        if (head.NameOdds < -0.5 && tail.NameOdds < -0.5) return 0.2; // EfficientNet, QuestionRAG: two title words, a term
        return 0;
    }

    // A word two capitalised words run together ("ReportGoogle") just before the title's last word means a
    // name was cut in two: the title would end inside the author list.
    private static double GlueBeforeLastWord(ReadOnlySpan<char> titleBeforeLastWord)
    {
        var rest = titleBeforeLastWord.TrimEnd();
        for (int words = 0; words < 2 && !rest.IsEmpty; words++)
        {
            int start = ShortSearch.LastIndexOf(rest, ' ') + 1;
            if (IsGluedCamel(rest[start..]) || EndsInName(rest[start..])) return -0.6;
            rest = rest[..start].TrimEnd();
        }
        return 0;
    }

    // "recognitionAbeer": a word that ends in a known name glued to what is not one.
    private static bool EndsInName(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd(',');
        int hump = NameShape.LastHump(word);
        if (hump <= 0) return false;
        var lexicon = TitleAuthorLexicon.Shared;
        return NameShape.Counts(lexicon, word[hump..]).NameOdds > 1 && NameShape.Counts(lexicon, word[..hump]).NameOdds <= 0;
    }

    // "ReportOpen": two capitalised words run together, more likely a title glued to a name than a real word.
    internal static bool IsGluedCamel(ReadOnlySpan<char> word)
    {
        int humps = 0;
        for (int i = 1; i < word.Length; i++)
        {
            if (Letters.IsUpper(word[i]) && Letters.IsLower(word[i - 1])) humps++;
        }
        return humps == 1 && Letters.IsUpper(word[0]) && word.IndexOfAny('-', '4') < 0 && word.Length >= 6 && !NameShape.StartsWithCamelPrefix(word);
    }

    private static void Segments(ReadOnlySpan<char> text, Span<Range> segments)
    {
        int start = 0;
        for (int s = 0; s < segments.Length - 1; s++)
        {
            int comma = start + text[start..].IndexOf(',');
            segments[s] = start..comma;
            start = comma + 1;
        }
        segments[^1] = start..text.Length;
    }

    /// <summary>The comma-separated names of <paramref name="text"/>; with a pool, as its numbers.</summary>
    private static IReadOnlyList<string> SplitAuthors(ReadOnlySpan<char> text, NamePool? pool)
    {
        int count = text.Count(',') + 1;
        Span<Range> names = count <= 64 ? stackalloc Range[count] : new Range[count];
        names = names[..Items(text, names)];
        bool suffix = false;
        for (int i = 1; i < names.Length; i++) suffix |= NameShape.IsSuffix(text[names[i]]);
        if (pool is not null && !suffix) return pool.ShareNumbered(text, names);

        var authors = new List<string>(count);
        foreach (var range in names)
        {
            var name = text[range];
            // "Martin Luther King, Jr.": a generational suffix belongs to the name before it (rare: the list is then
            // made of strings first).
            if (authors.Count > 0 && NameShape.IsSuffix(name)) authors[^1] = authors[^1] + ", " + name.ToString();
            else authors.Add(name.ToString());
        }
        return pool is null ? authors : pool.ShareNumbered(authors);
    }

    /// <summary>The comma-separated items of <paramref name="text"/>; with a pool, its list for the text (<see cref="NamePool.ShareList"/>).</summary>
    private static IReadOnlyList<string> SplitList(ReadOnlySpan<char> text, NamePool? pool)
    {
        int count = text.Count(',') + 1;
        Span<Range> items = count <= 64 ? stackalloc Range[count] : new Range[count];
        items = items[..Items(text, items)];
        if (pool is not null) return pool.ShareList(text, items);
        var list = new string[items.Length];
        for (int i = 0; i < list.Length; i++) list[i] = text[items[i]].ToString();
        return list;
    }

    /// <summary>Writes into <paramref name="items"/> (room for one more than the commas) where the comma-separated items
    /// of <paramref name="text"/> are, trimmed, empty ones left out; returns how many.</summary>
    private static int Items(ReadOnlySpan<char> text, Span<Range> items)
    {
        int count = 0;
        foreach (var range in text.Split(','))
        {
            var (start, length) = range.GetOffsetAndLength(text.Length);
            var item = text.Slice(start, length);
            int lead = item.Length - item.TrimStart().Length;
            item = item.Trim();
            if (!item.IsEmpty) items[count++] = new Range(start + lead, start + lead + item.Length);
        }
        return count;
    }
}
