using FsCheck;
using FsCheck.Fluent;
using Ingest.Core.Stages.Read;
using Ingest.Core.Stages.Repair;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Repair;

/// <summary>Bad input is reported, never thrown: any bytes go through read and repair.</summary>
public sealed class RepairStageRobustnessTests
{
    private static readonly char[] Tricky = ['\uFFFD', '\u0000', '\u0085', '\uD800', '\uDC00', '\uE000', '\uFFFE', '\u00AD', '\u00A0',
        '\uFB01', '\r', '\n', '\f', '-', ' ', 'a', 'Z', 'ä', 'Ã', '¤', '€', '\u0301', '.', '\u200B'];

    [Test]
    public void ReadAndRepair_NeverThrow_OnArbitraryBytes()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var context = TestDocuments.Context();
            var document = new ReadStage(new ReadOptions()).Run(TestDocuments.FromBytes(bytes), context);
            if (context.Stopped is null)
            {
                new RepairStage(new RepairOptions()).Run(document, context);
            }
        }).QuickCheckThrowOnFailure();
    }

    [Test]
    public void Repair_NeverThrows_AndMapsInsideTheText_OnTrickyCharacters()
    {
        var text = Gen.Elements(Tricky).ArrayOf().Select(chars => new string(chars));
        Prop.ForAll(text.ToArbitrary(), decoded =>
        {
            var document = TestDocuments.FromText("x") with { Text = decoded };
            var repaired = new RepairStage(new RepairOptions()).Run(document, TestDocuments.Context());
            foreach (var repair in repaired.Repairs)
            {
                Assert.That(repair.Span.Start, Is.InRange(0, decoded.Length));
                Assert.That(repair.Span.End, Is.InRange(repair.Span.Start, decoded.Length));
            }
        }).QuickCheckThrowOnFailure();
    }
}
