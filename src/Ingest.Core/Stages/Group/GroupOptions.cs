namespace Ingest.Core.Stages.Group;

/// <summary>Options of the group stage, bound from pipeline.json.</summary>
public sealed record GroupOptions
{
    /// <summary>Documents whose anchor similarity reaches this go into one bundle.</summary>
    public double Threshold { get; init; } = 0.2;

    /// <summary>Anchors found in more than this share of the documents say nothing about pairs and are ignored.</summary>
    public double MaxDocumentFrequency { get; init; } = 0.5;
}
