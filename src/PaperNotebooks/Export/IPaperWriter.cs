using PaperNotebooks.Model;

namespace PaperNotebooks.Export;

/// <summary>Writes papers in one export format.</summary>
internal interface IPaperWriter
{
    void Write(IEnumerable<Paper> papers, TextWriter writer);
}
