namespace Ingest.Core.Stages.Align;

/// <summary>Options of the align stage, bound from pipeline.json.</summary>
public sealed record AlignOptions
{
    /// <summary>Two sections align only when their score reaches this.</summary>
    public double MinScore { get; init; } = 0.25;

    /// <summary>Weight of the relative position in the score (the rest is anchor overlap).</summary>
    public double PositionWeight { get; init; } = 0.3;
}
