using System.Collections.Immutable;

namespace Ingest.Pdf;

/// <summary>A page: its displayed size in points, rotation, and the glyphs in content-stream order.</summary>
public sealed record PdfPage(int Number, double Width, double Height, int Rotation, ImmutableArray<PdfGlyph> Glyphs)
{
    /// <summary>Plain text of this page in a simple reading order.</summary>
    public string ExtractText() => Layout.PageTextBuilder.Build(Glyphs);
}
