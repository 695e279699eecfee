namespace PaperNotebooks.Interactive.Formatters;

/// <summary>Inline styles: notebook front ends drop or scope style sheets, inline styles survive everywhere.</summary>
internal static class HtmlStyles
{
    public const string Card = "border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;margin:6px 0;max-width:60em";
    public const string Title = "font-weight:600;font-size:1.1em";
    public const string Muted = "color:#57606a";
    public const string Small = "color:#57606a;font-size:0.85em";
    public const string Badge = "display:inline-block;padding:0 6px;border-radius:10px;border:1px solid #8c959f;font-size:0.85em";
    public const string CodeBadge = "display:inline-block;padding:0 6px;border-radius:10px;border:1px solid #1a7f37;color:#1a7f37;font-size:0.85em";
    public const string Table = "border-collapse:collapse";
    public const string Cell = "text-align:left;vertical-align:top;padding:2px 8px";
    public const string Bar = "display:inline-block;height:0.8em;background:#54aeff";
    public const string Error = "color:#cf222e";
    public const string Warning = "color:#9a6700";
}
