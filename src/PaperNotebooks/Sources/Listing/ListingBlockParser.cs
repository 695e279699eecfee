using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using PaperNotebooks.Model;
using PaperNotebooks.Text;

using PaperNotebooks.Sources;

namespace PaperNotebooks.Listing;

/// <summary>
/// Reads the entries of one block of a listing: UTF-8 bytes that start at an entry (or the file's start) and end
/// before the next block's first entry. Blocks are independent, so a large file is read by several at once.
/// Never throws on content: whatever cannot be read becomes a diagnostic and reading goes on at the next entry.
/// Lines end at LF, CRLF or a lone CR (old Mac files).
/// </summary>
internal sealed class ListingBlockParser
{
    private readonly string _source;
    private readonly DateOnly _asOf;
    private readonly bool _fullPapers;
    private readonly Action<Paper> _onPaper;
    private readonly DiagnosticList _diagnostics;
    private readonly CancellationToken _cancellation;
    private readonly Utf8TextBlock? _abstracts;
    private readonly NamePool _names;

    private State _state;
    private int _metaLine;
    private MetaLine _meta;
    private char[] _titleLine = new char[512];
    private int _titleLength;
    private int _strayStart;
    private int _strayCount;
    private readonly ChunkedList<ulong> _seenAuthors = new();
    private readonly ChunkedList<ulong> _seenTerms = new();
    private readonly ChunkedList<Paper> _held = new();
    private readonly List<Doubt> _doubts = [];
    private int _ambiguous;

    /// <param name="abstracts">Where the abstracts are kept as UTF-8; null to keep them as strings.</param>
    /// <param name="names">Shares author and affiliation strings among the papers of this thread; null for a pool of the block's own.</param>
    public ListingBlockParser(
        string source, DateOnly asOf, bool fullPapers, Action<Paper> onPaper, DiagnosticList diagnostics, CancellationToken cancellation,
        Utf8TextBlock? abstracts = null, NamePool? names = null)
    {
        _abstracts = abstracts;
        _names = names ?? new NamePool();
        _source = source;
        _asOf = asOf;
        _fullPapers = fullPapers;
        _onPaper = onPaper;
        _diagnostics = diagnostics;
        _cancellation = cancellation;
    }

    /// <summary>Entries skipped because their date has no year and the as-of date is too early to give it one.</summary>
    public int DatesBeforeYearOne { get; private set; }

    /// <summary>The first of them, as written and its line: the file's one diagnostic about them quotes it.</summary>
    public (string Date, int Line) FirstDateBeforeYearOne { get; private set; }

    /// <summary>The authors of every paper whose title/author boundary was clear, hashed (<see cref="AuthorHash"/>): a
    /// list, cheaper to append to than a set; the second pass looks in it only for the few names it needs.</summary>
    public ChunkedList<ulong> SeenAuthors => _seenAuthors;

    /// <summary>The terms (<see cref="TitleTerms"/>) of the titles of every paper whose boundary was clear, hashed.</summary>
    public ChunkedList<ulong> SeenTerms => _seenTerms;

    /// <summary>The first authors of both readings of every ambiguous paper, hashed: what the second pass looks for.</summary>
    public void AddWantedAuthors(HashSet<ulong> wanted)
    {
        foreach (var doubt in _doubts)
        {
            if (doubt.Read.Authors.Count > 0) wanted.Add(AuthorHash.Of(doubt.Read.Authors[0]));
            if (doubt.Other.Authors.Count > 0) wanted.Add(AuthorHash.Of(doubt.Other.Authors[0]));
        }
    }

    /// <summary>The last title words of both readings of every ambiguous paper that are terms, hashed.</summary>
    public void AddWantedTerms(HashSet<ulong> wanted)
    {
        foreach (var doubt in _doubts)
        {
            if (TitleTerms.IsTerm(doubt.ReadTerm)) wanted.Add(AuthorHash.Of(doubt.ReadTerm));
            if (TitleTerms.IsTerm(doubt.OtherTerm)) wanted.Add(AuthorHash.Of(doubt.OtherTerm));
        }
    }

    /// <summary>True when some paper of the block waits for <see cref="SettleAmbiguous"/>.</summary>
    public bool HasAmbiguous => _ambiguous > 0;

    /// <summary>True when the block holds back papers for <see cref="SettleAmbiguous"/> (then it has an ambiguous one).</summary>
    public bool HasHeld => _held.Count > 0;

    /// <summary>
    /// A paper held back until the whole listing has been read (<see cref="_held"/>, at <paramref name="Held"/>, as it
    /// was read) whose two likeliest readings were close or in doubt (<paramref name="Other"/> is the second). When
    /// reading whole papers, every paper after it in the block is held too, so that the sink still receives the block's
    /// papers in source order: most papers of a large listing, so a held paper is one reference, and its doubt kept apart.
    /// </summary>
    /// <param name="ReadTerm">The last word of the title as read, and <paramref name="OtherTerm"/> as the other reading has it.</param>
    private readonly record struct Doubt(int Held, Paper Read, Paper Other, double Margin, bool InDoubt, int Line, string ReadTerm, string OtherTerm);

    private enum State
    {
        BetweenEntries,
        AfterMeta,
        AfterTitle,
        SkippingEntry,
    }

    /// <summary>Parses <paramref name="block"/>, whose first line is line <paramref name="firstLine"/> of the source.</summary>
    public void Parse(ReadOnlySpan<byte> block, int firstLine, bool endOfSource)
    {
        int position = 0;
        int lineNumber = firstLine;
        while (position < block.Length)
        {
            if ((lineNumber & 4095) == 0) _cancellation.ThrowIfCancellationRequested();
            int lineEnd = block[position..].IndexOfAny((byte)'\n', (byte)'\r');
            lineEnd = lineEnd < 0 ? block.Length : position + lineEnd;
            ReadLine(block[position..lineEnd].Trim(" \t\r"u8), lineNumber);
            position = LineEnds.After(block, lineEnd);
            lineNumber++;
        }
        FlushStrayLines();
        if (_state is State.AfterMeta or State.AfterTitle)
        {
            // A block ends where the next one's first entry starts, so an open entry is cut off by that entry.
            Report(DiagnosticCodes.IncompleteEntry, DiagnosticSeverity.Error, _metaLine, endOfSource
                ? $"the entry is cut off by the end of the file: it has no {MissingPart}"
                : $"the entry is cut off by the next entry at line {lineNumber}: it has no {MissingPart}");
        }
        _state = State.BetweenEntries;
    }

    private string MissingPart => _state == State.AfterMeta ? "title line" : "abstract";

    private void ReadLine(ReadOnlySpan<byte> line, int lineNumber)
    {
        if (line.IsEmpty) return;

        if (MetaLine.TryMatch(line, out var meta))
        {
            FlushStrayLines();
            if (_state is State.AfterMeta or State.AfterTitle)
            {
                Report(DiagnosticCodes.IncompleteEntry, DiagnosticSeverity.Error, _metaLine,
                    $"the entry is cut off by the next entry at line {lineNumber}: it has no {MissingPart}");
            }
            _meta = meta;
            _metaLine = lineNumber;
            _state = State.AfterMeta;
            if (!PublicationDate.TryResolve(meta.Month, meta.Day, meta.Year, _asOf, out _, out _))
            {
                string date = $"{MetaLine.MonthName(meta.Month)} {meta.Day}" + (meta.Year is int y ? $", {y}" : "");
                if (meta.Year is null && PublicationDate.Exists(meta.Month, meta.Day))
                {
                    // Not the entry's fault but the as-of date's: said once for the file, by the scanner.
                    if (DatesBeforeYearOne++ == 0) FirstDateBeforeYearOne = (date, lineNumber);
                }
                else
                {
                    Report(DiagnosticCodes.ImpossibleDate, DiagnosticSeverity.Error, lineNumber, $"'{date}' is not a date; the entry is skipped");
                }
                _state = State.SkippingEntry;
            }
            return;
        }

        switch (_state)
        {
            case State.BetweenEntries:
                if (_strayCount++ == 0) _strayStart = lineNumber;
                break;
            case State.SkippingEntry:
                break;
            case State.AfterMeta:
                if (!Utf8.IsValid(line))
                {
                    ReportInvalidUtf8(lineNumber);
                    return;
                }
                if (_titleLine.Length < line.Length) _titleLine = new char[Math.Max(line.Length, _titleLine.Length * 2)];
                _titleLength = Encoding.UTF8.GetChars(line, _titleLine);
                _state = State.AfterTitle;
                break;
            case State.AfterTitle:
                if (!Utf8.IsValid(line))
                {
                    ReportInvalidUtf8(lineNumber);
                    return;
                }
                try
                {
                    EmitPaper(line);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A reader bug must cost one entry, not the listing.
                    Report(DiagnosticCodes.Unexpected, DiagnosticSeverity.Error, _metaLine, $"the entry could not be read ({e.GetType().Name}: {Excerpt.Of(e.Message)}); please report this");
                }
                _state = State.BetweenEntries;
                break;
        }
    }

    private void ReportInvalidUtf8(int lineNumber)
    {
        Report(DiagnosticCodes.InvalidUtf8, DiagnosticSeverity.Error, lineNumber,
            $"the line is not valid UTF-8; the entry at line {_metaLine} is skipped");
        _state = State.SkippingEntry;
    }

    private void EmitPaper(ReadOnlySpan<byte> abstractLine)
    {
        PublicationDate.TryResolve(_meta.Month, _meta.Day, _meta.Year, _asOf, out var published, out bool yearInferred);

        string category = _meta.CategoryCode;
        string? categoryName = null;
        IReadOnlyList<string> categories;
        if (ArxivCategories.TryResolve(_meta.CategoryCode, out var known))
        {
            category = known.Id;
            categoryName = known.Name;
            categories = known.Alone;
        }
        else
        {
            Report(DiagnosticCodes.UnknownCategory, DiagnosticSeverity.Warning, _metaLine,
                $"'{Excerpt.Of(_meta.CategoryCode)}' is not an arXiv category code; kept as written");
            categories = category.Length > 0 ? [category] : [];
        }

        var split = TitleAuthorSplitter.Split(_titleLine.AsSpan(0, _titleLength), withTitle: _fullPapers, _fullPapers ? _names : null);
        if (split.Authors.Count == 0)
        {
            Report(DiagnosticCodes.NoAuthors, DiagnosticSeverity.Warning, _metaLine + 1,
                "no author list found after the title; the whole line is read as the title");
        }
        if (split.AuthorsAsWritten)
        {
            Report(DiagnosticCodes.OddAuthor, DiagnosticSeverity.Warning, _metaLine + 1,
                $"the authors after the title do not read as a comma-separated list of names; kept as the listing has them, starting at '{Excerpt.Of(split.Authors[0])}'");
        }
        // By index: a foreach over the list's interface would allocate an enumerator a paper.
        else for (int i = 0; i < split.Authors.Count; i++)
        {
            string author = split.Authors[i];
            if (NameShape.IsBrokenField(author) || author.AsSpan().ContainsAny('`', '\\', '~'))
            {
                Report(DiagnosticCodes.OddAuthor, DiagnosticSeverity.Warning, _metaLine + 1, $"the author '{Excerpt.Of(author)}' is not a name as written; kept as the listing has it");
                break;
            }
        }

        var links = LinkExtractor.Extract(abstractLine);
        string? codeUrl = LinkExtractor.FirstCodeUrl(links);
        var abstractText = !_fullPapers ? StoredText.Empty
            : _abstracts is not null && _abstracts.TryAppend(abstractLine, out int row) ? new StoredText(_abstracts, row)
            : new StoredText(Encoding.UTF8.GetString(abstractLine));

        var paper = new Paper
        {
            Id = _fullPapers ? PaperKey.Create(split.Authors.Count > 0 ? split.Authors[0] : "", published.Year, split.Title) : "",
            Title = split.Title,
            // Names are shared for papers that are kept (one string per distinct name); papers read for counts are not.
            Authors = _fullPapers ? _names.ShareNumbered(split.Authors) : split.Authors,
            AuthorsTruncated = split.AuthorsTruncated,
            Affiliations = split.Affiliations,   // the pool's list for a kept paper (NamePool.ShareList)
            Category = category,
            CategoryName = categoryName,
            Published = published,
            HasCode = _meta.HasCode || codeUrl is not null,
            CodeUrl = codeUrl,
            Links = links,
            StoredAbstract = abstractText,
            Categories = categories,
            Provenance = new PaperProvenance(_metaLine, yearInferred, _meta.Score, _source),
        };

        Paper? other = null;
        if (split.Alternative is { } alternative)
        {
            other = paper with
            {
                Id = _fullPapers ? PaperKey.Create(alternative.Authors.Count > 0 ? alternative.Authors[0] : "", published.Year, alternative.Title) : "",
                Title = alternative.Title,
                Authors = _fullPapers ? _names.ShareNumbered(alternative.Authors) : alternative.Authors,
            };
            _ambiguous++;
        }
        else
        {
            for (int i = 0; i < split.Authors.Count; i++) _seenAuthors.Add(AuthorHash.Of(split.Authors[i]));
            TitleTerms.Collect(_titleLine.AsSpan(0, split.TitleEnd), _seenTerms);
        }
        // Statistics take papers in any order, so only the ambiguous ones wait there: holding every paper after them
        // kept the block's papers alive until the end of the read and made the garbage collector copy them.
        if (other is null && (_held.Count == 0 || !_fullPapers))
        {
            _onPaper(paper);
            return;
        }
        if (other is not null) _doubts.Add(new Doubt(_held.Count, paper, other, split.Margin, split.InDoubt, _metaLine + 1, split.LastTitleWord ?? "", split.Alternative?.LastTitleWord ?? ""));
        _held.Add(paper);
    }

    /// <summary>
    /// The second pass, over the ambiguous papers only: a first author that the listing shows elsewhere with a clear
    /// boundary settles the reading; failing that, a term that other titles spell whole and only one reading keeps
    /// whole at the title's end. A paper still in doubt keeps the likelier reading and says what both were (PN008).
    /// The papers held with them are handed on in order.
    /// </summary>
    public void SettleAmbiguous(HashSet<ulong> seenAuthors, HashSet<ulong> seenTerms)
    {
        int index = -1, nextDoubt = 0;
        foreach (var held in _held)
        {
            index++;
            if (nextDoubt == _doubts.Count || _doubts[nextDoubt].Held != index)
            {
                _onPaper(held);
                continue;
            }
            var (_, read, other, margin, inDoubt, line, readTerm, otherTerm) = _doubts[nextDoubt++];
            bool readSeen = read.Authors.Count > 0 && seenAuthors.Contains(AuthorHash.Of(read.Authors[0]));
            bool otherSeen = other.Authors.Count > 0 && seenAuthors.Contains(AuthorHash.Of(other.Authors[0]))
                && (inDoubt || read.Authors.Count == 0 || !IsGivenNameTail(other.Authors[0], read.Authors[0]));
            if (readSeen == otherSeen)
            {
                // Looked up only when the authors settle nothing: "Parti5Kit" in other titles against "Parti5".
                readSeen = TitleTerms.IsTerm(readTerm) && seenTerms.Contains(AuthorHash.Of(readTerm));
                otherSeen = TitleTerms.IsTerm(otherTerm) && seenTerms.Contains(AuthorHash.Of(otherTerm));
            }
            var chosen = otherSeen && !readSeen ? other : read;
            if (readSeen == otherSeen && (margin < TitleAuthorSplitter.FlagMargin || inDoubt))
            {
                Report(DiagnosticCodes.AmbiguousBoundary, DiagnosticSeverity.Info, line,
                    $"the title/author boundary is ambiguous: read {Reading(read)}; the other reading is {Reading(other)}");
            }
            _onPaper(chosen);
        }
        if (_ambiguous > 0) _diagnostics.SortKeptByLine();
        _held.Clear();
        _doubts.Clear();
        _ambiguous = 0;
    }

    // "Jun Park" seen elsewhere says little against "MinJun Park" read without doubt: the second half of a compound
    // given name is a given name too, and a short common name is seen in any large listing. Against a reading in doubt
    // ("KitSofia Lind" after a title ending "...Parti5") it counts.
    private static bool IsGivenNameTail(string shorter, string compound) =>
        compound.Length > shorter.Length && compound.EndsWith(shorter, StringComparison.Ordinal)
        && char.IsLower(compound[^(shorter.Length + 1)]) && compound.IndexOf(' ') > compound.Length - shorter.Length;

    private static string Reading(Paper paper)
    {
        string first = paper.Authors.Count > 0 ? $"first author '{Excerpt.Of(paper.Authors[0])}'" : "no author";
        if (paper.Title.Length == 0) return first;
        string end = paper.Title.Length <= 24 ? paper.Title : "..." + paper.Title[^24..];
        return $"the title ending '{end}' and {first}";
    }

    private void FlushStrayLines()
    {
        if (_strayCount == 0) return;
        string message = _strayCount == 1
            ? "this line belongs to no entry (an entry starts with a line like 'CLJul 4, 2024Code')"
            : $"lines {_strayStart}-{_strayStart + _strayCount - 1} belong to no entry (an entry starts with a line like 'CLJul 4, 2024Code')";
        Report(DiagnosticCodes.StrayLine, DiagnosticSeverity.Error, _strayStart, message);
        _strayCount = 0;
    }

    private void Report(string code, DiagnosticSeverity severity, int line, string message)
    {
        if (_diagnostics.HasRoom) _diagnostics.Add(new SourceDiagnostic(code, severity, _source, line, message));
        else _diagnostics.AddOmitted(code, severity);
    }

    // Past the cap the message is never formatted: a million broken lines then cost a million counts, not strings.
    private void Report(string code, DiagnosticSeverity severity, int line, [InterpolatedStringHandlerArgument("")] DiagnosticMessage message)
    {
        if (_diagnostics.HasRoom) _diagnostics.Add(new SourceDiagnostic(code, severity, _source, line, message.ToStringAndClear()));
        else _diagnostics.AddOmitted(code, severity);
    }

    [InterpolatedStringHandler]
    private ref struct DiagnosticMessage
    {
        private DefaultInterpolatedStringHandler _text;

        public DiagnosticMessage(int literalLength, int formattedCount, ListingBlockParser parser, out bool kept)
        {
            kept = parser._diagnostics.HasRoom;
            _text = kept ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
        }

        public void AppendLiteral(string value) => _text.AppendLiteral(value);
        public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);
        public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);
        public string ToStringAndClear() => _text.ToStringAndClear();
    }
}
