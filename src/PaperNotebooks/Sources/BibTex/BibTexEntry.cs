namespace PaperNotebooks.Sources.BibTex;

/// <summary>One <c>@type{key, name = value, ...}</c> of a .bib file, values as written (LaTeX kept, macros expanded,
/// <c>#</c> joined, outer braces or quotes removed).</summary>
/// <param name="Type">The entry type in lower case (<c>article</c>, <c>inproceedings</c>, <c>misc</c>, ...).</param>
/// <param name="Line">The 1-based line of the entry's <c>@</c>.</param>
internal sealed record BibTexEntry(string Type, string Key, int Line, IReadOnlyList<BibTexField> Fields)
{
    /// <summary>The value of a field, its name in any case; null when absent.</summary>
    public string? this[string name]
    {
        get
        {
            for (int i = 0; i < Fields.Count; i++)
            {
                if (string.Equals(Fields[i].Name, name, StringComparison.OrdinalIgnoreCase)) return Fields[i].Value;
            }
            return null;
        }
    }
}

/// <summary>One <c>name = value</c> of an entry; the name in lower case.</summary>
internal sealed record BibTexField(string Name, string Value, int Line);
