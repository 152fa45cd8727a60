namespace Ingest.Core.Model;

/// <summary>What a laid-out region of a page is: body content, or page furniture that the repair stage removes.</summary>
public enum RegionRole
{
    Body,
    RunningHeader,
    RunningFooter,
    PageNumber,
    RepeatedArtifact,
    DuplicateQuote,
}
