using Ingest.Core.Model;

namespace Ingest.Core.Stages.Parse.Pdf;

/// <summary>A blank-line-separated stretch of a PDF's repaired text: its lines joined, its range, and where it was printed.</summary>
/// <param name="Text">The lines joined by spaces (none between two characters of a script written without spaces).</param>
/// <param name="Span">Range in the repaired text.</param>
/// <param name="Region">The first body region the text came from (its font decides whether it is a heading), or null.</param>
/// <param name="Origin">Page and box of the first region, and the page of the last.</param>
/// <param name="Regions">How many body regions the text spans (more than one after a join across a page or column).</param>
internal sealed record PdfChunk(string Text, Span Span, LayoutRegion? Region, BlockOrigin? Origin, int Regions);
