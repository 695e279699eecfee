using System.Buffers;
using System.Text;
using System.Text.Json;
using PaperNotebooks.Model;
using PaperNotebooks.Sources.BibTex;
using PaperNotebooks.Text;

namespace PaperNotebooks.Sources.ArxivSnapshot;

/// <summary>
/// Reads the lines of one block of the snapshot, each a record: <c>id</c>, <c>title</c>, <c>abstract</c>,
/// <c>authors_parsed</c> (<c>[last, first, suffix]</c>; <c>authors</c> when it is missing), <c>categories</c> (space
/// separated, primary first), <c>doi</c>, <c>journal-ref</c> (the venue), <c>comments</c> (searched for links with the
/// abstract), <c>versions</c> (v1's date is the published date) and <c>update_date</c>. Whitespace in titles and
/// abstracts is collapsed; their LaTeX is kept as written, while names are decoded (<c>Sch\"afer</c> is Schäfer) so
/// they match the same authors from other sources. Names and categories are shared within the block.
/// </summary>
/// <param name="abstracts">Where the abstracts are kept as UTF-8 (see <see cref="Utf8TextStore"/>); null for strings.</param>
internal sealed class SnapshotBlockParser(
    string source, bool full, Action<Paper> onPaper, DiagnosticList diagnostics, CancellationToken cancellation, Utf8TextBlock? abstracts = null)
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 16 };

    private readonly Dictionary<string, string> _names = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _categoryLists = [];
    private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NameLookup => _names.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Field _id = new(), _title = new(), _abstract = new(), _comments = new(), _categories = new(),
        _doi = new(), _venue = new(), _authorsText = new(), _updated = new(), _created = new(), _part = new();
    private readonly List<string> _authors = [];
    private char[] _chars = new char[256];
    private bool _hasAuthorsParsed;

    /// <summary>Parses <paramref name="block"/>, whose first line is line <paramref name="firstLine"/> of the source.</summary>
    public void Parse(ReadOnlySpan<byte> block, int firstLine)
    {
        int position = 0;
        int lineNumber = firstLine;
        while (position < block.Length)
        {
            if ((lineNumber & 1023) == 0) cancellation.ThrowIfCancellationRequested();
            int lineEnd = block[position..].IndexOfAny((byte)'\n', (byte)'\r');
            lineEnd = lineEnd < 0 ? block.Length : position + lineEnd;
            var line = block[position..lineEnd].Trim(" \t"u8);
            if (!line.IsEmpty) ReadLine(line, lineNumber);
            position = LineEnds.After(block, lineEnd);
            lineNumber++;
        }
    }

    private void ReadLine(ReadOnlySpan<byte> line, int lineNumber)
    {
        try
        {
            if (ReadRecord(line) is { } problem)
                Report(DiagnosticCodes.SnapshotRecordSkipped, lineNumber, $"the record is skipped: {problem}");
            else
                onPaper(ToPaper(lineNumber));
        }
        catch (JsonException e)
        {
            Report(DiagnosticCodes.SnapshotMalformedLine, lineNumber,
                $"the line is not a JSON object and is skipped (column {e.BytePositionInLine + 1}: {Excerpt.Of(e.Message.Split(" Path:")[0], 80)})");
        }
        catch (InvalidOperationException)
        {
            // The reader checks the structure; invalid UTF-8 inside a string shows when the string is copied.
            Report(DiagnosticCodes.SnapshotMalformedLine, lineNumber, "the line has text that is not valid UTF-8 and is skipped");
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            Report(DiagnosticCodes.Unexpected, lineNumber, $"the record could not be read ({e.GetType().Name}: {Excerpt.Of(e.Message)}); please report this");
        }
    }

    /// <summary>Reads the record's fields; null when it has what a paper needs, else what it lacks.</summary>
    private string? ReadRecord(ReadOnlySpan<byte> line)
    {
        foreach (var field in (ReadOnlySpan<Field>)[_id, _title, _abstract, _comments, _categories, _doi, _venue, _authorsText, _updated, _created])
            field.Clear();
        _authors.Clear();
        _hasAuthorsParsed = false;

        var reader = new Utf8JsonReader(line, isFinalBlock: true, new JsonReaderState(ReaderOptions));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return "a line of the snapshot is one JSON object";
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            bool escapedName = reader.ValueIsEscaped;
            reader.Read();
            if (escapedName) { reader.Skip(); continue; }
            switch (name)
            {
                case var _ when name.SequenceEqual("id"u8): _id.Set(ref reader); break;
                case var _ when name.SequenceEqual("title"u8): _title.Set(ref reader); break;
                case var _ when name.SequenceEqual("abstract"u8): _abstract.Set(ref reader); break;
                case var _ when name.SequenceEqual("comments"u8): _comments.Set(ref reader); break;
                case var _ when name.SequenceEqual("categories"u8): _categories.Set(ref reader); break;
                case var _ when name.SequenceEqual("doi"u8): _doi.Set(ref reader); break;
                case var _ when name.SequenceEqual("journal-ref"u8): _venue.Set(ref reader); break;
                case var _ when name.SequenceEqual("authors"u8): _authorsText.Set(ref reader); break;
                case var _ when name.SequenceEqual("update_date"u8): _updated.Set(ref reader); break;
                case var _ when name.SequenceEqual("versions"u8): ReadVersions(ref reader); break;
                case var _ when name.SequenceEqual("authors_parsed"u8): ReadAuthorsParsed(ref reader); break;
                default: reader.Skip(); break;
            }
        }
        if (_id.IsEmpty) return "it has no id";
        if (_title.IsEmpty) return "it has no title";
        if (PublishedDate() is null) return "it has no version dates, update_date or new-style id to date it by";
        return null;
    }

    private void ReadVersions(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray) { reader.Skip(); return; }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject) { reader.Skip(); continue; }
            bool isFirst = false;
            _part.Clear();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool version = reader.ValueTextEquals("version"u8);
                bool created = reader.ValueTextEquals("created"u8);
                reader.Read();
                if (version && reader.TokenType == JsonTokenType.String) isFirst = reader.ValueTextEquals("v1"u8);
                else if (created) _part.Set(ref reader);
                else reader.Skip();
            }
            // v1's date, else the first version's.
            if (_part.IsEmpty) continue;
            if (isFirst || _created.IsEmpty) _created.CopyFrom(_part, keepIfSet: !isFirst);
        }
    }

    private void ReadAuthorsParsed(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray) { reader.Skip(); return; }
        _hasAuthorsParsed = true;
        // [last, first, suffix, ...]: written "first last suffix".
        Span<(int Start, int Length)> parts = stackalloc (int, int)[3];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartArray) { reader.Skip(); continue; }
            int length = 0;
            int part = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.String) { reader.Skip(); continue; }
                int needed = length + reader.ValueSpan.Length + 1;
                if (_chars.Length < needed) Array.Resize(ref _chars, Math.Max(needed, _chars.Length * 2));
                int written = reader.CopyString(_part.Ensure(reader.ValueSpan.Length));
                int chars = Encoding.UTF8.GetChars(_part.Bytes.AsSpan(0, written), _chars.AsSpan(length));
                var trimmed = TrimmedRange(_chars.AsSpan(length, chars));
                if (part < 3) parts[part] = (length + trimmed.Start, trimmed.Length);
                length += chars;
                part++;
            }
            string name = JoinName(parts[..Math.Min(part, 3)], length);
            if (name.Length > 0) _authors.Add(name);
        }
    }

    private string JoinName(ReadOnlySpan<(int Start, int Length)> parts, int used)
    {
        // Assemble after the raw parts in the same buffer: first, last, suffix, each present one space apart.
        int needed = used * 2 + 4;
        if (_chars.Length < needed) Array.Resize(ref _chars, needed);
        int at = used;
        foreach (int index in (ReadOnlySpan<int>)[1, 0, 2])
        {
            if (index >= parts.Length || parts[index].Length == 0) continue;
            if (at > used) _chars[at++] = ' ';
            _chars.AsSpan(parts[index].Start, parts[index].Length).CopyTo(_chars.AsSpan(at));
            at += parts[index].Length;
        }
        return Intern(_chars.AsSpan(used, at - used), decodeLatex: true);
    }

    private static (int Start, int Length) TrimmedRange(ReadOnlySpan<char> text)
    {
        int start = 0, end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end - start);
    }

    /// <summary>One string for each distinct name in the block; LaTeX in it decoded.</summary>
    private string Intern(ReadOnlySpan<char> text, bool decodeLatex)
    {
        var lookup = NameLookup;
        if (lookup.TryGetValue(text, out var known)) return known;
        string value = text.ToString();
        string shown = decodeLatex && text.IndexOfAny('\\', '{') >= 0 ? LatexText.ToUnicode(value) : value;
        _names[value] = shown;
        return shown;
    }

    private Paper ToPaper(int lineNumber)
    {
        if (!_hasAuthorsParsed && !_authorsText.IsEmpty) SplitAuthorsText();
        var published = PublishedDate()!.Value;
        string id = _id.ToText();
        string? arxivId = SnapshotFields.ArxivId(id);
        var categories = Categories();
        string category = categories.Count > 0 ? categories[0] : "";

        var links = ExtractLinks();
        string? codeUrl = LinkExtractor.FirstCodeUrl(links);
        string title = full ? Collapsed(_title) : "";
        string firstAuthor = _authors.Count > 0 ? _authors[0] : "";
        return new Paper
        {
            Id = full ? PaperKey.Create(firstAuthor, published.Year, title) : "",
            Title = title,
            Authors = _authors.Count == 0 ? [] : _authors.ToArray(),
            Category = category,
            CategoryName = ArxivCategories.FindById(category)?.Name,
            Categories = categories,
            Published = published,
            Updated = SnapshotFields.IsoDate(_updated.Span),
            HasCode = codeUrl is not null,
            CodeUrl = codeUrl,
            Links = links,
            StoredAbstract = full ? CollapsedAbstract() : StoredText.Empty,
            ArxivId = arxivId,
            Doi = _doi.IsEmpty ? null : PaperIdentifiers.FirstDoi(_doi.ToText()),
            Url = full && arxivId is not null ? "https://arxiv.org/abs/" + arxivId : null,
            Venue = full && !_venue.IsEmpty ? Collapsed(_venue) : null,
            Provenance = new PaperProvenance(lineNumber, Source: source),
        };
    }

    private DateOnly? PublishedDate() =>
        SnapshotFields.VersionDate(_created.Span) ?? SnapshotFields.FromNewStyleId(_id.Span) ?? SnapshotFields.IsoDate(_updated.Span);

    private IReadOnlyList<string> Categories()
    {
        if (_categories.IsEmpty) return [];
        int length = Decode(_categories);
        var text = _chars.AsSpan(0, length).Trim();
        var lookup = _categoryLists.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var known)) return known;
        var list = new List<string>();
        foreach (var range in text.Split(' '))
        {
            var code = text[range];
            if (code.IsEmpty) continue;
            string value = code.ToString();
            list.Add(ArxivCategories.FindById(value)?.Id ?? value);
        }
        IReadOnlyList<string> categories = list.Count == 1 && ArxivCategories.FindById(list[0]) is { } alone ? alone.Alone : ValueList<string>.Of([.. list]);
        _categoryLists[text.ToString()] = categories;
        return categories;
    }

    private IReadOnlyList<string> ExtractLinks()
    {
        var inAbstract = _abstract.IsEmpty ? [] : LinkExtractor.Extract(_abstract.Span);
        var inComments = _comments.IsEmpty ? [] : LinkExtractor.Extract(_comments.Span);
        if (inComments.Count == 0) return inAbstract;
        if (inAbstract.Count == 0) return inComments;
        return [.. inAbstract.Concat(inComments).Distinct()];
    }

    // "A. One, B. Two and C. Three": the snapshot's authors line when authors_parsed is missing.
    private void SplitAuthorsText()
    {
        string text = _authorsText.ToText();
        foreach (var part in text.Replace(" and ", ", ", StringComparison.Ordinal).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            _authors.Add(Intern(part, decodeLatex: true));
    }

    /// <summary>The abstract collapsed as <see cref="Collapsed"/> does, encoded straight into the block's store when
    /// there is one.</summary>
    private StoredText CollapsedAbstract()
    {
        var text = CollapsedChars(_abstract);
        return abstracts is not null && abstracts.TryAppend(text, out int row) ? new StoredText(abstracts, row) : new StoredText(new string(text));
    }

    /// <summary>The field's text with every run of whitespace one space, trimmed.</summary>
    private string Collapsed(Field field) => new(CollapsedChars(field));

    private ReadOnlySpan<char> CollapsedChars(Field field)
    {
        int length = Decode(field);
        var chars = _chars.AsSpan(0, length);
        int written = 0;
        bool space = false;
        foreach (char c in chars)
        {
            if (c is ' ' or '\n' or '\r' or '\t')
            {
                space = written > 0;
                continue;
            }
            if (space) chars[written++] = ' ';
            space = false;
            chars[written++] = c;
        }
        return chars[..written];
    }

    private int Decode(Field field)
    {
        int needed = field.Span.Length;
        if (_chars.Length < needed) _chars = new char[Math.Max(needed, _chars.Length * 2)];
        return Encoding.UTF8.GetChars(field.Span, _chars);
    }

    private void Report(string code, int line, string message)
    {
        if (diagnostics.HasRoom) diagnostics.Add(new SourceDiagnostic(code, DiagnosticSeverity.Error, source, line, message));
        else diagnostics.AddOmitted(code, DiagnosticSeverity.Error);
    }

    /// <summary>One string field of the record, unescaped to UTF-8 in a buffer reused from line to line.</summary>
    private sealed class Field
    {
        public byte[] Bytes { get; private set; } = new byte[64];
        public int Length { get; private set; } = -1;

        public bool IsEmpty => Length <= 0;

        public ReadOnlySpan<byte> Span => Length <= 0 ? default : Bytes.AsSpan(0, Length);

        public void Clear() => Length = -1;

        public Span<byte> Ensure(int length)
        {
            if (Bytes.Length < length) Bytes = new byte[Math.Max(length, Bytes.Length * 2)];
            return Bytes;
        }

        /// <summary>Takes the string the reader is on; null and other values leave the field empty.</summary>
        public void Set(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                reader.Skip();
                Length = -1;
                return;
            }
            var value = reader.ValueSpan;
            if (reader.ValueIsEscaped)
            {
                Length = reader.CopyString(Ensure(value.Length));
            }
            else
            {
                if (!System.Text.Unicode.Utf8.IsValid(value)) throw new InvalidOperationException("invalid UTF-8");
                value.CopyTo(Ensure(value.Length));
                Length = value.Length;
            }
        }

        public void CopyFrom(Field other, bool keepIfSet)
        {
            if (keepIfSet && !IsEmpty) return;
            other.Span.CopyTo(Ensure(other.Length));
            Length = other.Length;
        }

        public string ToText() => Encoding.UTF8.GetString(Span);
    }
}
