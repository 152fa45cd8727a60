using System.Collections.Immutable;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Layout;

/// <summary>The text of the tagged structure's headings: their /ActualText, else their marked-content glyphs read as lines.</summary>
internal static class TaggedHeadingText
{
    public static ImmutableArray<PdfTaggedHeading> Of(PdfDocument document, PdfLayoutOptions options)
    {
        if (document.StructureHeadings.IsEmpty)
        {
            return [];
        }
        var wanted = document.StructureHeadings.SelectMany(h => h.Parts).ToHashSet();
        var glyphs = new Dictionary<(int Page, int Mcid), List<PdfGlyph>>();
        foreach (var page in document.Pages)
        {
            foreach (var glyph in page.Glyphs)
            {
                var key = (page.Number, glyph.MarkedContentId);
                if (glyph.MarkedContentId >= 0 && wanted.Contains(key))
                {
                    if (!glyphs.TryGetValue(key, out var list))
                    {
                        glyphs[key] = list = [];
                    }
                    list.Add(glyph);
                }
            }
        }
        var result = ImmutableArray.CreateBuilder<PdfTaggedHeading>(document.StructureHeadings.Length);
        foreach (var heading in document.StructureHeadings)
        {
            var text = heading.ActualText?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                var parts = heading.Parts.SelectMany(p => glyphs.GetValueOrDefault(p) ?? []).ToList();
                text = string.Join(' ', LineBuilder.Build(parts, options).Select(l => l.Line.Text));
            }
            if (text.Length > 0)
            {
                result.Add(new PdfTaggedHeading(heading.Level, text, heading.Page));
            }
        }
        return result.ToImmutable();
    }
}
