namespace Ingest.Pdf.Fonts;

/// <summary>A font as the text interpreter needs it: split bytes into codes, map codes to Unicode and widths.</summary>
internal abstract class PdfFont(FontStyle style)
{
    public string Name => style.Name;

    public bool IsBold => style.IsBold;

    public bool IsItalic => style.IsItalic;

    public virtual bool IsVertical => false;

    /// <summary>Glyph-space to text-space scale of the vertical axis (1 except for Type3 fonts).</summary>
    public virtual double SizeScale => 1;

    /// <summary>Reads one character code at <paramref name="at"/>; returns the number of bytes it used.</summary>
    public abstract int ReadCode(ReadOnlySpan<byte> data, int at, out uint code);

    /// <summary>The Unicode text of a code, or null when the font gives no mapping.</summary>
    public abstract string? Unicode(uint code, int length);

    /// <summary>The horizontal advance of a code in text space units (1 = font size).</summary>
    public abstract double Width(uint code, int length);
}
