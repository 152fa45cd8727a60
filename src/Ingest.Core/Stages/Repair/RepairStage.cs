using Ingest.Core.Model;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Stages.Repair;

/// <summary>Removes runs of U+FFFD and C0 controls and unifies line ends, recording each change.</summary>
public sealed class RepairStage(RepairOptions options) : IDocumentStage
{
    public string Name => "repair";

    public Document Run(Document document, StageContext context)
    {
        var result = CorruptRunScanner.Clean(document.Text, options);
        foreach (var repair in result.Repairs)
        {
            if (repair.Kind == CorruptRunScanner.CorruptRunKind)
            {
                context.Report(RepairRules.CorruptRun, document,
                    $"{repair.Count} replacement characters (U+FFFD) removed at chars {repair.Span.Start}-{repair.Span.End}; the bytes were lost before Ingest read the file. Re-export it from its source.",
                    repair.Span);
            }
            else if (repair.Kind == CorruptRunScanner.ControlKind)
            {
                context.Report(RepairRules.ControlCharacters, document,
                    $"{repair.Count} control characters removed at chars {repair.Span.Start}-{repair.Span.End}.", repair.Span);
            }
        }
        var repaired = document with
        {
            Text = result.Text,
            Repairs = document.Repairs.AddRange(result.Repairs),
            TextMap = document.Map.Then(result.Map),
        };
        if (string.IsNullOrWhiteSpace(result.Text))
        {
            context.Stop(InputStatus.Failed, RepairRules.EmptyAfterRepair, repaired,
                "Nothing readable is left once the damage is removed; get a clean copy of the file.");
        }
        return repaired;
    }
}
