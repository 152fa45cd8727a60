namespace Ingest.Cli;

/// <summary>Exit codes of cli-contract.md.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Findings = 1;
    public const int Usage = 2;
}
