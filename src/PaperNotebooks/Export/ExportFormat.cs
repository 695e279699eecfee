namespace PaperNotebooks.Export;

/// <summary>The file formats papers can be exported to; see <see cref="PaperExport"/>.</summary>
public enum ExportFormat
{
    /// <summary>An indented JSON array with one object per paper.</summary>
    Json,
    /// <summary>RFC 4180 CSV with a header row.</summary>
    Csv,
    /// <summary>One <c>@misc</c> entry per paper.</summary>
    BibTex,
    /// <summary>A GitHub-flavoured Markdown table.</summary>
    Markdown,
}
