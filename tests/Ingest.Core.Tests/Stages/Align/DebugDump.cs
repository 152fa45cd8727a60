using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Align;
using Ingest.Core.Stages.Group;
using Ingest.Core.Tests.Stages.Group;
using NUnit.Framework;

namespace Ingest.Core.Tests.Stages.Align;

public sealed class DebugDump
{
    [Test]
    public void Dump()
    {
        var context = new StageContext(SeverityPolicy.Default);
        var corpus = new AlignStage(new AlignOptions()).Run(new GroupStage(new GroupOptions()).Run(SeedCorpus.Documents, context), context);
        var titles = corpus.Documents.SelectMany(d => d.Sections.Select(s => (s.Id, Label: d.Language.Tag + " " + s.Number + " " + s.Title))).ToDictionary(p => p.Id, p => p.Label);
        foreach (var a in corpus.Bundles.SelectMany(b => b.Alignments))
        {
            TestContext.Out.WriteLine($"{a.Confidence:0.00} {string.Join(" || ", a.Members.Select(m => titles[m.Section][..Math.Min(40, titles[m.Section].Length)]))}  [{a.Evidence[0]}]");
        }
        foreach (var d in context.Diagnostics)
        {
            TestContext.Out.WriteLine($"{d.Code} {d.Message}");
        }
    }
}
