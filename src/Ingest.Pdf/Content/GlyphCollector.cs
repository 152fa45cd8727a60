namespace Ingest.Pdf.Content;

/// <summary>Receives the glyphs of a page; replaces the glyphs of an /ActualText span by one glyph with that text.</summary>
internal sealed class GlyphCollector
{
    private readonly List<PdfGlyph> _glyphs = [];
    private readonly Stack<(string? Text, int Start, int Mcid)> _marked = new();
    private readonly Dictionary<string, int> _unmapped;
    private (double X, double Y) _lastEnd;

    public GlyphCollector(Dictionary<string, int> unmappedByFont) => _unmapped = unmappedByFont;

    public IReadOnlyList<PdfGlyph> Glyphs => _glyphs;

    public void Add(PdfGlyph glyph, double endX, double endY)
    {
        _glyphs.Add(glyph);
        _lastEnd = (endX, endY);
    }

    public void CountUnmapped(string fontName) =>
        _unmapped[fontName] = _unmapped.GetValueOrDefault(fontName) + 1;

    /// <summary>The /MCID of the innermost marked-content sequence that has one, or -1.</summary>
    public int CurrentMarkedContentId
    {
        get
        {
            foreach (var frame in _marked)
            {
                if (frame.Mcid >= 0)
                {
                    return frame.Mcid;
                }
            }
            return -1;
        }
    }

    public void BeginMarkedContent(string? actualText, int mcid) => _marked.Push((actualText, _glyphs.Count, mcid));

    public void EndMarkedContent()
    {
        if (_marked.Count == 0)
        {
            return;
        }
        var (text, start, _) = _marked.Pop();
        if (text is null || _marked.Any(frame => frame.Text is not null))
        {
            return;
        }
        if (start >= _glyphs.Count)
        {
            return;
        }
        // The span's glyphs become one glyph: the first one's position, the whole span's advance.
        var first = _glyphs[start];
        var advance = Math.Sqrt(Math.Pow(_lastEnd.X - first.X, 2) + Math.Pow(_lastEnd.Y - first.Y, 2));
        _glyphs.RemoveRange(start, _glyphs.Count - start);
        var clean = GlyphText.Clean(text) ?? "";
        _glyphs.Add(first with { Text = clean, Advance = advance });
    }
}
