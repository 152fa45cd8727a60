using System.Collections.Immutable;
using System.Globalization;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Repair;

/// <summary>Folds frequent small repairs of one kind (a no-break space, a soft hyphen) into one record each.</summary>
/// <remarks>The record's span runs from the first change to the end of the last; its count is the number of changes.</remarks>
internal sealed class RepairTally
{
    private readonly Dictionary<string, (int Start, int End, int Count, string What)> _kinds = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public void Add(string kind, int start, int end, string what)
    {
        if (_kinds.TryGetValue(kind, out var seen))
        {
            _kinds[kind] = (seen.Start, end, seen.Count + 1, seen.What);
            return;
        }
        _kinds[kind] = (start, end, 1, what);
        _order.Add(kind);
    }

    public void AddTo(ImmutableArray<Model.Repair>.Builder repairs)
    {
        foreach (var kind in _order)
        {
            var (start, end, count, what) = _kinds[kind];
            repairs.Add(new Model.Repair(kind, Span.Chars(start, end), count,
                string.Create(CultureInfo.InvariantCulture, $"{what}: {count} change(s) between chars {start} and {end} of the decoded text")));
        }
    }
}
