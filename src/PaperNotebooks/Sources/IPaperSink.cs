using PaperNotebooks.Model;

namespace PaperNotebooks.Sources;

/// <summary>
/// Where a source puts the papers it reads. A source reads in parts (a listing in blocks, on all cores); each part
/// delivers its papers in order, and parts are in source order. Diagnostics are what the source's read returns.
/// </summary>
internal interface IPaperSink
{
    /// <summary>What the sink reads of each paper.</summary>
    PaperDetail Detail { get; }

    /// <summary>Called once, before any paper, with the number of parts.</summary>
    void Begin(int parts);

    /// <summary>The receiver of part <paramref name="part"/>'s papers; called on the thread that reads that part.</summary>
    Action<Paper> Part(int part);
}
