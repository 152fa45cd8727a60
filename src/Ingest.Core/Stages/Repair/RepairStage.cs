using System.Collections.Immutable;
using Ingest.Core.Diagnostics;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Stages.Repair;

/// <summary>Repairs the decoded text in passes (page furniture, mojibake, damage, characters, NFC, breaks), recording every change.</summary>
/// <remarks>Every record's span is in the decoded text (chars) as the read stage left it; each pass's map composes into <see cref="Document.Map"/>.</remarks>
public sealed class RepairStage(RepairOptions options) : IDocumentStage
{
    public string Name => "repair";

    public Document Run(Document document, StageContext context)
    {
        var plainText = document.Source.Format == DocumentFormat.Text;
        // The layout names regions of the decoded text, so its pass comes first, while the text still is that text.
        var layout = document.TextMap is null ? document.Layout : null;
        var passes = new Func<string, RepairPass>[]
        {
            text => PageCleaner.Clean(text, layout, options),
            text => MojibakeFixer.Fix(text, options),
            text => DamageScanner.Clean(text, options),
            text => CharacterNormalizer.Normalize(text, options),
            text => NfcNormalizer.Normalize(text, options),
            text => BreakJoiner.Join(text, options, plainText),
            BreakJoiner.FormFeeds,
        };
        var text = document.Text;
        var map = document.Map;
        var repairs = ImmutableArray.CreateBuilder<Model.Repair>();
        foreach (var pass in passes)
        {
            var result = pass(text);
            foreach (var repair in result.Repairs)
            {
                // The pass counted in its own input; the record counts in the decoded text.
                var record = repair with { Span = map.ToSource(repair.Span) };
                repairs.Add(record);
                Report(document, context, record);
            }
            text = result.Text;
            map = map.Then(result.Map);
        }
        var repaired = document with { Text = text, Repairs = document.Repairs.AddRange(repairs), TextMap = map };
        if (!text.Any(char.IsLetterOrDigit))
        {
            var removed = repairs.Where(r => r.Kind is DamageScanner.CorruptRunKind or DamageScanner.GarbageKind or DamageScanner.ControlKind)
                .Sum(r => r.Count);
            context.Stop(InputStatus.Failed, RepairRules.EmptyAfterRepair, repaired,
                $"Nothing readable is left once the damage is removed ({removed} damaged chars of {document.Text.Length}); get a clean copy of the file.");
        }
        return repaired;
    }

    private static void Report(Document document, StageContext context, Model.Repair repair)
    {
        Rule? rule = repair.Kind switch
        {
            DamageScanner.CorruptRunKind => RepairRules.CorruptRun,
            DamageScanner.ControlKind => RepairRules.ControlCharacters,
            DamageScanner.GarbageKind => RepairRules.BinaryGarbage,
            DamageScanner.SurrogateKind or DamageScanner.NoncharacterKind or DamageScanner.PrivateUseKind => RepairRules.InvalidCharacters,
            MojibakeFixer.Kind => RepairRules.Mojibake,
            _ => null,
        };
        if (rule is not null)
        {
            context.Report(rule, document, $"{repair.Detail}. {rule.Help}", repair.Span);
        }
    }
}
