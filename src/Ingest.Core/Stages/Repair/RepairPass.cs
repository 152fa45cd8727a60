using System.Collections.Immutable;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Repair;

/// <summary>The result of one repair pass: the new text, its map back to the pass's input, and the repairs (offsets in the input).</summary>
public sealed record RepairPass(string Text, TextMap Map, ImmutableArray<Model.Repair> Repairs)
{
    internal static RepairPass From(TextEditor editor, ImmutableArray<Model.Repair> repairs)
    {
        var (text, map) = editor.Apply();
        return new RepairPass(text, map, repairs);
    }
}
