namespace Ingest.Core.Model;

/// <summary>What role a section plays in its document.</summary>
public enum SectionKind
{
    Body,
    Front,
    Toc,
    Back,
    Boilerplate,
}
