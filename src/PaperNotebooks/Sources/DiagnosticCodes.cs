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
    /// <summary>An author field of a listing that is no name (<c>:</c>, or TeX left in it such as <c>~</c> or <c>\"u</c>); kept as written.</summary>
    public const string OddAuthor = "PN015";
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
    /// <summary>An OpenAlex page or indented works that are not well-formed JSON (reading stops there), or a line of OpenAlex works that is not (that line is skipped).</summary>
    public const string OpenAlexMalformed = "PN230";
    /// <summary>An OpenAlex work without a title or a publication date; skipped.</summary>
    public const string OpenAlexWorkSkipped = "PN231";
    /// <summary>A line of the arXiv snapshot that is not a JSON object (or not UTF-8); that line is skipped.</summary>
    public const string SnapshotMalformedLine = "PN240";
    /// <summary>An arXiv snapshot record without an id, a title or anything to date it by; skipped.</summary>
    public const string SnapshotRecordSkipped = "PN241";
    /// <summary>A web API that could not be reached (no network, no such host, no answer in time); the fetch stops, keeping what arrived.</summary>
    public const string FetchUnreachable = "PN260";
    /// <summary>A web API that refused the request (400, 403, 404, ...): the message says what it answered; the fetch stops.</summary>
    public const string FetchRefused = "PN261";
    /// <summary>A web API that kept failing (429, 5xx) after the retries, or asked to wait too long; the fetch stops, keeping what arrived.</summary>
    public const string FetchGaveUp = "PN262";
    /// <summary>A page from a web API that is not what the service sends (not Atom, not OpenAlex JSON); the fetch stops there.</summary>
    public const string FetchMalformedPage = "PN263";
    /// <summary>A fetch stopped by cancellation (Jupyter's interrupt); the papers that arrived are kept.</summary>
    public const string FetchCancelled = "PN264";
    /// <summary>A response that could not be kept in the cache folder; the fetch goes on.</summary>
    public const string FetchCacheUnwritable = "PN265";
}
