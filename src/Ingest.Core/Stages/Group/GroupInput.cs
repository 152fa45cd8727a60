namespace Ingest.Core.Stages.Group;

/// <summary>What the grouper knows of one document: its anchors, its script-adjusted length, and its structure
/// profile (the script-adjusted lengths of its sections with text, in reading order).</summary>
public sealed record GroupInput(IReadOnlySet<string> Anchors, double Length, IReadOnlyList<double>? Profile = null)
{
    public IReadOnlyList<double> Sections => Profile ?? [];
}
