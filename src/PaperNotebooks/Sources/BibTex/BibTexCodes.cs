namespace PaperNotebooks.Sources.BibTex;

/// <summary>The codes the BibTeX parser reports. Codes never change meaning once published.</summary>
public static class BibTexCodes
{
    /// <summary>An entry whose braces or quotes are never closed before the next entry or the end of the file; skipped.</summary>
    public const string Unclosed = "PN201";
    /// <summary>An entry that cannot be read (a field without <c>=</c> or value, text where a field belongs); skipped.</summary>
    public const string Malformed = "PN202";
    /// <summary>A macro used but never defined with <c>@string</c>; it reads as empty text.</summary>
    public const string UnknownMacro = "PN203";
    /// <summary>A field given twice in one entry; the first is kept.</summary>
    public const string DuplicateField = "PN204";
}
