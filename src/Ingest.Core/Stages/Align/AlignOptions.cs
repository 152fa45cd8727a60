using Ingest.Core.Stages.Group;

namespace Ingest.Core.Stages.Align;

/// <summary>Options of the align stage, bound from pipeline.json. The score of a candidate pair of sections is a
/// weighted sum of anchor overlap, relative-length agreement, position agreement, level agreement and number agreement.</summary>
public sealed record AlignOptions
{
    /// <summary>A pair of sections pays for itself in the alignment only above this score.</summary>
    public double MinScore { get; init; } = 0.25;

    /// <summary>Weight of the anchor overlap of titles and bodies.</summary>
    public double AnchorWeight { get; init; } = 0.45;

    /// <summary>Weight of the agreement of relative lengths (section length over document length).</summary>
    public double LengthWeight { get; init; } = 0.3;

    /// <summary>Weight of the agreement of relative positions in the documents.</summary>
    public double PositionWeight { get; init; } = 0.15;

    /// <summary>Weight of equal levels in the section trees.</summary>
    public double LevelWeight { get; init; } = 0.05;

    /// <summary>Weight of equal printed section numbers: weak, since sources number wrongly.</summary>
    public double NumberWeight { get; init; } = 0.05;

    /// <summary>How fast length agreement falls with the log ratio of relative lengths (1 = e⁻¹ at a factor e).</summary>
    public double LengthSharpness { get; init; } = 1.0;

    /// <summary>Below this many letters (script-adjusted) length agreement counts only in proportion: short texts vary too much.</summary>
    public double ReliableLength { get; init; } = 100;

    /// <summary>How fast position agreement falls with the distance of relative positions (1 = zero at the other end).</summary>
    public double PositionSharpness { get; init; } = 4.0;

    /// <summary>Cost of each section beyond the first that a run joins against one section of the other document (1:k, k:1).</summary>
    public double MergePenalty { get; init; } = 0.03;

    /// <summary>Longest run of consecutive sections one document may align with one section of another.</summary>
    public int MaxRun { get; init; } = 4;

    /// <summary>Confidence is a logistic function of the score: its midpoint (by default the minimum score, where a
    /// match only just pays for itself) ...</summary>
    public double ConfidenceMidpoint { get; init; } = 0.25;

    /// <summary>... and its slope (by default 0.95 at a score of 0.45). The alignment evaluation prints how often
    /// alignments of each confidence band are right.</summary>
    public double ConfidenceSlope { get; init; } = 15.0;

    /// <summary>A section a document lacks is reported when it has at least this many letters (script-adjusted).</summary>
    public int MinMissingLength { get; init; } = 300;

    /// <summary>When a document lacks more than this share of another's content, one diagnostic says so instead of one per section.</summary>
    public double MaxMissingShare { get; init; } = 0.5;

    /// <summary>Weights of the anchor kinds (the section number is a feature of its own, not an anchor).</summary>
    public AnchorWeights Anchors { get; init; } = new();
}
