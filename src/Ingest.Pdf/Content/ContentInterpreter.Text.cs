using Ingest.Pdf.Fonts;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Content;

/// <summary>Text showing (ISO 32000-1, 9.4.4): glyph positions, advances and marked content.</summary>
internal sealed partial class ContentInterpreter
{
    private void ShowOperand(int index)
    {
        if (index < _operands.Count && _operands[index] is PdfString text)
        {
            ShowText(text.Bytes);
        }
        else
        {
            _store.Diagnostics.Report(PdfRules.ContentError, "a text-showing operator has no string operand");
        }
    }

    private void ShowArray()
    {
        if (_operands.Count == 0 || _operands[0] is not PdfArray array)
        {
            return;
        }
        foreach (var item in array.Items)
        {
            if (item is PdfString text)
            {
                ShowText(text.Bytes);
            }
            else if (item is PdfNumber adjustment)
            {
                var shift = -adjustment.Value / 1000 * _state.FontSize;
                _textMatrix = _state.Font is { IsVertical: true }
                    ? Matrix.Translation(0, shift).Multiply(_textMatrix)
                    : Matrix.Translation(shift * _state.HorizontalScale, 0).Multiply(_textMatrix);
            }
        }
    }

    private void ShowText(byte[] bytes)
    {
        var font = _state.Font ?? _fonts.Missing;
        if (_state.Font is null)
        {
            _store.Diagnostics.Report(PdfRules.MissingFont, "text is shown before any font is set");
        }
        var size = _state.FontSize;
        var at = 0;
        while (at < bytes.Length)
        {
            var length = font.ReadCode(bytes, at, out var code);
            at += length;
            var isSpace = length == 1 && code == 32;
            var render = _textMatrix.Multiply(_state.Ctm);
            var (x0, y0) = render.Transform(0, _state.Rise);
            double advanceX = 0;
            double advanceY = 0;
            if (font.IsVertical)
            {
                advanceY = -(size + _state.CharSpacing + (isSpace ? _state.WordSpacing : 0));
            }
            else
            {
                advanceX = ((font.Width(code, length) * size) + _state.CharSpacing + (isSpace ? _state.WordSpacing : 0))
                    * _state.HorizontalScale;
            }
            var (x1, y1) = render.Transform(font.IsVertical ? 0 : advanceX, _state.Rise + advanceY);
            EmitGlyph(font, code, length, x0, y0, x1, y1, Math.Abs(size * font.SizeScale) * render.VerticalScale);
            _textMatrix = Matrix.Translation(advanceX, advanceY).Multiply(_textMatrix);
        }
    }

    private void EmitGlyph(PdfFont font, uint code, int length, double x0, double y0, double x1, double y1, double size)
    {
        var (startX, startY) = _geometry.ToDisplay(x0, y0);
        var (endX, endY) = _geometry.ToDisplay(x1, y1);
        var advance = Math.Sqrt(((endX - startX) * (endX - startX)) + ((endY - startY) * (endY - startY)));
        var text = GlyphText.Clean(font.Unicode(code, length));
        if (text is null)
        {
            _output.CountUnmapped(font.Name);
            text = "";
        }
        _output.Add(new Pdf.PdfGlyph(text, startX, startY, advance, size, font.Name, font.IsBold, font.IsItalic, font.IsVertical),
            endX, endY);
    }

    private void BeginMarkedContent(PdfObject? properties, PdfDictionary? resources)
    {
        var dictionary = properties switch
        {
            PdfDictionary inline => inline,
            PdfName name => _store.Dictionary(_store.Dictionary(resources?["Properties"])?[name.Value]),
            _ => null,
        };
        var actualText = _store.Resolve(dictionary?["ActualText"]) is PdfString text ? PdfTextString.Decode(text.Bytes) : null;
        _output.BeginMarkedContent(actualText);
    }

    private void EndMarkedContent() => _output.EndMarkedContent();
}
