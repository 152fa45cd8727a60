using Ingest.Pdf.Fonts;
using Ingest.Pdf.Io;
using Ingest.Pdf.Lexing;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Content;

/// <summary>
/// Runs a page's content streams (ISO 32000-1, 8 and 9.4) for text: graphics and text state, text showing,
/// Form XObjects (with a cycle guard) and marked content with /ActualText.
/// </summary>
internal sealed partial class ContentInterpreter
{
    private readonly ObjectStore _store;
    private readonly FontLoader _fonts;
    private readonly PageGeometry _geometry;
    private readonly GlyphCollector _output;
    private readonly Stack<GraphicsState> _saved = new();
    private readonly HashSet<int> _activeForms = [];
    private readonly List<PdfObject> _operands = [];
    private GraphicsState _state;
    private Matrix _textMatrix = Matrix.Identity;
    private Matrix _lineMatrix = Matrix.Identity;
    private int _operatorCount;
    private int _formDepth;

    public ContentInterpreter(ObjectStore store, FontLoader fonts, PageGeometry geometry, GlyphCollector output)
    {
        _store = store;
        _fonts = fonts;
        _geometry = geometry;
        _output = output;
        _state = GraphicsState.Initial(Matrix.Identity);
    }

    public void Run(ReadOnlyMemory<byte> content, PdfDictionary? resources)
    {
        var lexer = new PdfLexer(content);
        var parser = new ObjectParser(lexer, _store.Options.MaxNestingDepth);
        while (true)
        {
            var token = lexer.Next();
            switch (token.Kind)
            {
                case TokenKind.Eof:
                    return;
                case TokenKind.Integer or TokenKind.Real:
                    _operands.Add(new PdfNumber(lexer.NumberValue(token)));
                    break;
                case TokenKind.LiteralString or TokenKind.HexString:
                    _operands.Add(new PdfString(lexer.StringValue(token)));
                    break;
                case TokenKind.Name:
                    _operands.Add(new PdfName(lexer.NameValue(token)));
                    break;
                case TokenKind.ArrayStart or TokenKind.DictionaryStart:
                    _operands.Add(parser.Parse(token, false, 0));
                    break;
                case TokenKind.Keyword:
                    if (++_operatorCount > _store.Options.MaxOperatorsPerPage)
                    {
                        _store.Diagnostics.Report(PdfRules.TooDeep, "the page has more operators than MaxOperatorsPerPage; the rest was skipped");
                        return;
                    }
                    Execute(lexer, token, resources);
                    _operands.Clear();
                    break;
            }
            if (_operands.Count > 64)
            {
                _operands.RemoveRange(0, 32);
            }
        }
    }

    private void Execute(PdfLexer lexer, Token token, PdfDictionary? resources)
    {
        var bytes = lexer.Bytes(token);
        if (bytes.Length > 3)
        {
            return;
        }
        Span<char> name = stackalloc char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            name[i] = (char)bytes[i];
        }
        switch (name)
        {
            case "q": _saved.Push(_state); break;
            case "Q": _state = _saved.Count > 0 ? _saved.Pop() : _state; break;
            case "cm": if (Matrix6() is { } m) { _state.Ctm = m.Multiply(_state.Ctm); } break;
            case "BT": _textMatrix = _lineMatrix = Matrix.Identity; break;
            case "ET": break;
            case "Tf": SetFont(resources); break;
            case "Tc": _state.CharSpacing = Number(0); break;
            case "Tw": _state.WordSpacing = Number(0); break;
            case "Tz": _state.HorizontalScale = Number(0) / 100; break;
            case "TL": _state.Leading = Number(0); break;
            case "Ts": _state.Rise = Number(0); break;
            case "Td": MoveLine(Number(0), Number(1)); break;
            case "TD": _state.Leading = -Number(1); MoveLine(Number(0), Number(1)); break;
            case "Tm": if (Matrix6() is { } t) { _textMatrix = _lineMatrix = t; } break;
            case "T*": MoveLine(0, -_state.Leading); break;
            case "Tj": ShowOperand(0); break;
            case "'": MoveLine(0, -_state.Leading); ShowOperand(0); break;
            case "\"":
                _state.WordSpacing = Number(0);
                _state.CharSpacing = Number(1);
                MoveLine(0, -_state.Leading);
                ShowOperand(2);
                break;
            case "TJ": ShowArray(); break;
            case "Do": PaintXObject(resources); break;
            case "BMC": BeginMarkedContent(null, resources); break;
            case "BDC": BeginMarkedContent(_operands.Count >= 2 ? _operands[1] : null, resources); break;
            case "EMC": EndMarkedContent(); break;
            case "BI": InlineImageSkipper.Skip(lexer); break;
        }
    }

    private double Number(int index) =>
        index < _operands.Count && _operands[index] is PdfNumber n ? n.Value : 0;

    private Matrix? Matrix6()
    {
        if (_operands.Count < 6)
        {
            _store.Diagnostics.Report(PdfRules.ContentError, "a matrix operator has fewer than 6 operands");
            return null;
        }
        var start = _operands.Count - 6;
        return new Matrix(Number(start), Number(start + 1), Number(start + 2), Number(start + 3), Number(start + 4), Number(start + 5));
    }

    private void MoveLine(double x, double y)
    {
        _lineMatrix = Matrix.Translation(x, y).Multiply(_lineMatrix);
        _textMatrix = _lineMatrix;
    }

    private void SetFont(PdfDictionary? resources)
    {
        _state.FontSize = Number(1);
        var name = _operands.Count > 0 && _operands[0] is PdfName n ? n.Value : "";
        var entry = _store.Dictionary(resources?["Font"])?[name];
        if (entry is null || _store.Resolve(entry) is PdfNull)
        {
            _store.Diagnostics.Report(PdfRules.MissingFont, $"font /{name} is not in the page resources");
            _state.Font = _fonts.Missing;
            return;
        }
        _state.Font = _fonts.Load(entry);
    }

    private void PaintXObject(PdfDictionary? resources)
    {
        var name = _operands.Count > 0 && _operands[0] is PdfName n ? n.Value : "";
        var entry = _store.Dictionary(resources?["XObject"])?[name];
        if (_store.Resolve(entry) is not PdfStream form || _store.Name(form.Dictionary["Subtype"]) != "Form")
        {
            return;
        }
        var number = entry is PdfReference reference ? reference.Id.Number : -1;
        if (_formDepth >= _store.Options.MaxNestingDepth || (number >= 0 && !_activeForms.Add(number)))
        {
            _store.Diagnostics.Report(_formDepth >= _store.Options.MaxNestingDepth ? PdfRules.TooDeep : PdfRules.ReferenceCycle,
                $"form XObject /{name} is painted inside itself or too deeply; skipped", number);
            return;
        }
        var content = _store.Decode(form);
        if (content is not null)
        {
            var saved = (_state, _textMatrix, _lineMatrix, _saved.Count);
            if (_store.Array(form.Dictionary["Matrix"]) is { Count: 6 } m)
            {
                var matrix = new Matrix(Num(m[0]), Num(m[1]), Num(m[2]), Num(m[3]), Num(m[4]), Num(m[5]));
                _state.Ctm = matrix.Multiply(_state.Ctm);
            }
            _formDepth++;
            _operands.Clear();
            Run(content, _store.Dictionary(form.Dictionary["Resources"]) ?? resources);
            _formDepth--;
            while (_saved.Count > saved.Count)
            {
                _saved.Pop();
            }
            (_state, _textMatrix, _lineMatrix) = (saved._state, saved._textMatrix, saved._lineMatrix);
        }
        _activeForms.Remove(number);
    }

    private double Num(PdfObject value) => _store.Number(value) ?? 0;
}
