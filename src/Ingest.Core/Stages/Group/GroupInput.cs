namespace Ingest.Core.Stages.Group;

/// <summary>What the grouper knows of one document: its anchors, its script-adjusted length, its structure
/// profile (the script-adjusted lengths of its sections with text, in reading order), its language (null when
/// undetermined), its word shingles and its vocabulary (<see cref="TextShingles"/>).</summary>
public sealed record GroupInput(
    IReadOnlySet<string> Anchors,
    double Length,
    IReadOnlyList<double>? Profile = null,
    string? Language = null,
    ulong[]? Shingles = null,
    ulong[]? Vocabulary = null)
{
    public IReadOnlyList<double> Sections => Profile ?? [];
}
