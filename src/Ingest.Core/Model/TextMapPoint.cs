namespace Ingest.Core.Model;

/// <summary>From <paramref name="Repaired"/> on, the repaired text continues the decoded text at <paramref name="Source"/>.</summary>
public readonly record struct TextMapPoint(int Repaired, int Source);
