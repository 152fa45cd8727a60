using Ingest.Pdf.Fonts;
using Ingest.Pdf.Lexing;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Content;

/// <summary>Text showing (ISO 32000-1, 9.4.4): glyph positions, advances and marked content.</summary>
internal sealed partial class ContentInterpreter
{
    private void ShowOperand(PdfLexer lexer, int index)
    {
        if (index < _operands.Count && _operands[index].StringToken is { } token)
        {
            ShowText(lexer.StringBytes(token, ref _stringBuffer));
        }
        else
        {
            _store.Diagnostics.Report(PdfRules.ContentError, "a text-showing operator has no string operand");
        }
    }

    private void ShowArray(PdfLexer lexer)
    {
        if (_operands.Count == 0 || !ReferenceEquals(_operands[0].Value, _arrayMarker))
        {
            return;
        }
        foreach (var item in _arrayItems)
        {
            if (item.StringToken is { } token)
            {
                ShowText(lexer.StringBytes(token, ref _stringBuffer));
            }
            else if (item.Value is null)
            {
                var shift = -item.Number / 1000 * _state.FontSize;
                _textMatrix = _state.Font is { IsVertical: true }
                    ? Matrix.Translation(0, shift).Multiply(_textMatrix)
                    : Matrix.Translation(shift * _state.HorizontalScale, 0).Multiply(_textMatrix);
            }
        }
    }

    private void ShowText(ReadOnlySpan<byte> bytes)
    {
        var font = _state.Font ?? _fonts.Missing;
        if (_state.Font is null)
        {
            _store.Diagnostics.Report(PdfRules.MissingFont, "text is shown before any font is set");
        }
        var size = _state.FontSize;
        // Without the font, bytes are only trusted as text when all are printable ASCII (not CID codes).
        var unreadable = ReferenceEquals(font, _fonts.Missing) && bytes.ContainsAnyExceptInRange((byte)0x20, (byte)0x7E);
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
            EmitGlyph(font, unreadable ? null : font.Unicode(code, length), x0, y0, x1, y1,
                Math.Abs(size * font.SizeScale) * render.VerticalScale, Angle(render, x0, y0));
            _textMatrix = Matrix.Translation(advanceX, advanceY).Multiply(_textMatrix);
        }
    }

    /// <summary>The displayed direction of the text-space x axis, in degrees counter-clockwise; near-horizontal is 0.</summary>
    private double Angle(Matrix render, double x0, double y0)
    {
        if (render.B == 0 && render.A > 0 && _geometry.Rotation == 0)
        {
            return 0;
        }
        var (ax, ay) = _geometry.ToDisplay(x0, y0);
        var (bx, by) = _geometry.ToDisplay(x0 + render.A, y0 + render.B);
        var angle = Math.Atan2(-(by - ay), bx - ax) * 180 / Math.PI;
        return Math.Abs(angle) < 0.5 ? 0 : angle;
    }

    private void EmitGlyph(PdfFont font, string? unicode, double x0, double y0, double x1, double y1, double size, double angle)
    {
        var (startX, startY) = _geometry.ToDisplay(x0, y0);
        var (endX, endY) = _geometry.ToDisplay(x1, y1);
        var advance = Math.Sqrt(((endX - startX) * (endX - startX)) + ((endY - startY) * (endY - startY)));
        var text = GlyphText.Clean(unicode);
        if (text is null)
        {
            _output.CountUnmapped(font.Name);
            text = "";
        }
        _output.Add(new Pdf.PdfGlyph(text, startX, startY, advance, size, font.Name, font.IsBold, font.IsItalic, font.IsVertical, angle)
        {
            MarkedContentId = _output.CurrentMarkedContentId,
        }, endX, endY);
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
        var mcid = _store.Resolve(dictionary?["MCID"]) is PdfNumber number ? number.IntValue : -1;
        _output.BeginMarkedContent(actualText, mcid);
    }

    private void EndMarkedContent() => _output.EndMarkedContent();
}
