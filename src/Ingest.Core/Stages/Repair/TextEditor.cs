using System.Collections.Immutable;
using System.Text;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Repair;

/// <summary>Collects replacements of ranges of one text (in ascending order) and applies them, with the offset map back.</summary>
internal sealed class TextEditor(string text)
{
    private readonly List<(int Start, int End, string Replacement)> _edits = [];

    public string Text => text;

    /// <summary>Where the last edit ended; new edits must start at or after it.</summary>
    public int Position => _edits.Count == 0 ? 0 : _edits[^1].End;

    public bool IsEmpty => _edits.Count == 0;

    public void Replace(int start, int end, string replacement)
    {
        if (start < Position || end < start)
        {
            throw new InvalidOperationException($"edit [{start},{end}) overlaps the previous one ending at {Position}");
        }
        _edits.Add((start, end, replacement));
    }

    public void Remove(int start, int end) => Replace(start, end, "");

    public (string Text, TextMap Map) Apply()
    {
        if (_edits.Count == 0)
        {
            return (text, TextMap.Identity);
        }
        var output = new StringBuilder(text.Length);
        var points = ImmutableArray.CreateBuilder<TextMapPoint>(_edits.Count);
        var position = 0;
        foreach (var (start, end, replacement) in _edits)
        {
            output.Append(text, position, start - position).Append(replacement);
            points.Add(new TextMapPoint(output.Length, end));
            position = end;
        }
        output.Append(text, position, text.Length - position);
        return (output.ToString(), new TextMap(points.MoveToImmutable()));
    }
}
