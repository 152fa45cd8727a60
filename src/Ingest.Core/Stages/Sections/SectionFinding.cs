using Ingest.Core.Diagnostics;

namespace Ingest.Core.Stages.Sections;

/// <summary>A finding of the section builder about the section at <paramref name="SectionIndex"/> (reading order).</summary>
public sealed record SectionFinding(Rule Rule, string Message, int SectionIndex);
