namespace Ingest.Core.Stages.Group;

/// <summary>Union–find over indexes 0..n-1, with path halving.</summary>
internal sealed class DisjointSets
{
    private readonly int[] _parent;

    public DisjointSets(int count) => _parent = Enumerable.Range(0, count).ToArray();

    public int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }
        return i;
    }

    public void Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb)
        {
            // The smaller index stays root, so the result does not depend on the order of unions.
            _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
