namespace Ingest.Core.Stages.Emit;

/// <summary>Options of the emit stage, bound from pipeline.json (the command line's <c>--jcs</c> sets <see cref="Jcs"/>).</summary>
public sealed record EmitOptions
{
    /// <summary>Write the RFC 8785 canonical bytes instead of the indented form.</summary>
    public bool Jcs { get; init; }
}
