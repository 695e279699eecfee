namespace PaperNotebooks.Sources;

/// <summary>The codes sources report. Codes never change meaning once published.</summary>
public static class DiagnosticCodes
{
    /// <summary>A line that belongs to no entry (before the first meta line, or a fourth line in an entry).</summary>
    public const string StrayLine = "PN001";
    /// <summary>A meta line whose date does not exist (<c>Feb 31, 2024</c>).</summary>
    public const string ImpossibleDate = "PN002";
    /// <summary>An entry without its title line or abstract (cut off by the next meta line or the end of the file).</summary>
    public const string IncompleteEntry = "PN003";
    /// <summary>A line that is not valid UTF-8.</summary>
    public const string InvalidUtf8 = "PN004";
    /// <summary>The file is binary, not a text listing.</summary>
    public const string BinaryFile = "PN005";
    /// <summary>A category code that is not a known arXiv short form; kept as written.</summary>
    public const string UnknownCategory = "PN006";
    /// <summary>A title line in which no author list could be found.</summary>
    public const string NoAuthors = "PN007";
    /// <summary>The title/author boundary had more than one likely reading; the most likely was taken.</summary>
    public const string AmbiguousBoundary = "PN008";
    /// <summary>The file could not be read at all (missing, no permission).</summary>
    public const string Unreadable = "PN009";
    /// <summary>An entry the reader failed on for a reason of its own (a bug); the rest of the listing is still read.</summary>
    public const string Unexpected = "PN010";
    /// <summary>The as-of date is too early to give dates without a year one (before year 1); one for the whole file.</summary>
    public const string AsOfOutOfRange = "PN011";
    /// <summary>A JSON or CSV file that is not well formed, or not an export of papers; reading stops there.</summary>
    public const string MalformedRecord = "PN012";
    /// <summary>A JSON or CSV paper with a field missing or of the wrong kind; that paper is skipped.</summary>
    public const string InvalidField = "PN013";
    /// <summary>A format name that no source has.</summary>
    public const string UnknownFormat = "PN014";
    /// <summary>A BibTeX entry whose braces or quotes are never closed before the next entry or the end of the file; skipped.</summary>
    public const string BibTexUnclosed = "PN201";
    /// <summary>A BibTeX entry that cannot be read (a field without <c>=</c> or value, text where a field belongs); skipped.</summary>
    public const string BibTexMalformed = "PN202";
    /// <summary>A BibTeX macro used but never defined with <c>@string</c>; it reads as empty text.</summary>
    public const string BibTexUnknownMacro = "PN203";
    /// <summary>A BibTeX field given twice in one entry; the first is kept.</summary>
    public const string BibTexDuplicateField = "PN204";
    /// <summary>A BibTeX entry without a title; skipped.</summary>
    public const string BibTexNoTitle = "PN205";
    /// <summary>A BibTeX entry without a year or biblatex date, or with one that is not a date; skipped.</summary>
    public const string BibTexNoDate = "PN206";
    /// <summary>An arXiv API response that is not well-formed XML, holds a DOCTYPE, or is not an Atom feed; reading stops there, keeping the papers before it.</summary>
    public const string AtomMalformedXml = "PN220";
    /// <summary>An arXiv API entry without an id, a title or a published date; skipped.</summary>
    public const string AtomEntrySkipped = "PN221";
    /// <summary>The error entry the arXiv API answers a bad query with (<c>http://arxiv.org/api/errors#...</c>); its message, not a paper.</summary>
    public const string ArxivApiError = "PN222";
    /// <summary>A line of the arXiv snapshot that is not a JSON object (or not UTF-8); that line is skipped.</summary>
    public const string SnapshotMalformedLine = "PN240";
    /// <summary>An arXiv snapshot record without an id, a title or anything to date it by; skipped.</summary>
    public const string SnapshotRecordSkipped = "PN241";
}
