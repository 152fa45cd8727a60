namespace Ingest.Core.Stages.Group;

/// <summary>Finds bundles: versions of one text (translations) are linked by shared rare anchors and comparable
/// length; a document left alone then joins the bundle of a longer document that covers most of its anchors (a summary).</summary>
/// <remarks>
/// Candidates come from an inverted index of anchors (blocking), so documents that share no rare anchor are never
/// compared. Links merge bundles in order of strength, and only when most cross pairs are links (average linkage),
/// so that one shared name cannot chain unrelated documents. Translations are preferred over summaries: a summary
/// page that has its own translations stays with them (a bundle of page versions), a lone one joins its report.
/// </remarks>
public sealed class DocumentGrouper(GroupOptions options)
{
    public GroupResult Group(IReadOnlyList<GroupInput> inputs)
    {
        var profile = new AnchorProfile([.. inputs.Select(i => i.Anchors)], options.MaxDocumentFrequency, options.Anchors, options.MinDocumentsForCap,
            [.. inputs.Select(i => i.Language)]);
        var totals = inputs.Select(i => profile.Total(i.Anchors)).ToArray();
        var candidates = CandidateBlocker.Pairs(inputs, profile, options);
        var scored = candidates.Pairs.Select(p => Score(inputs, profile, totals, p.A, p.B)).ToList();
        var compared = candidates.Pairs.ToHashSet();
        var links = scored.Where(IsReliable).ToList();
        var wording = new WordingOverlap(inputs);
        // Two documents in one language can be compared word for word: versions of one text share most of their wording,
        // a summary some of it, while two texts on one subject (release notes, pages of one manual) share names and
        // numbers but little wording.
        var translations = links.Where(l => l.LengthRatio >= options.MinLengthRatio && l.Overlap.Containment >= options.Threshold)
            .Concat(scored.Where(l => IsStructureLink(inputs, l)))
            .Where(l => wording.Allows(l, options.SameLanguageMinOverlap))
            .Distinct()
            .OrderByDescending(l => Math.Max(l.Overlap.Containment, l.Structure)).ThenBy(l => l.A).ThenBy(l => l.B)
            .ToList();
        var sets = new DisjointSets(inputs.Count);
        var members = Enumerable.Range(0, inputs.Count).Select(i => new List<int> { i }).ToArray();
        var linked = translations.Select(l => (l.A, l.B)).ToHashSet();
        foreach (var link in translations)
        {
            var (ra, rb) = (sets.Find(link.A), sets.Find(link.B));
            if (ra == rb || Linkage(members[ra], members[rb], linked, compared, candidates.Large) < options.MinLinkage)
            {
                continue;
            }
            sets.Union(ra, rb);
            var root = sets.Find(ra);
            var merged = members[ra].Concat(members[rb]).ToList();
            members[ra] = members[rb] = [];
            members[root] = merged;
        }
        var summaries = AttachSummaries(inputs, [.. links.Where(l => wording.Allows(l, options.SameLanguageSummaryOverlap))], sets, members);
        var bundles = Enumerable.Range(0, inputs.Count).GroupBy(sets.Find)
            .Select(g => (IReadOnlyList<int>)[.. g.Order()])
            .OrderBy(g => g[0])
            .ToList();
        return new GroupResult(bundles, summaries);
    }

    /// <summary>Scores one pair of documents.</summary>
    public static GroupLink Score(IReadOnlyList<GroupInput> inputs, AnchorProfile profile, double[] totals, int a, int b)
    {
        var overlap = profile.Compare(inputs[a].Anchors, inputs[b].Anchors, totals[a], totals[b]);
        var (la, lb) = (inputs[a].Length, inputs[b].Length);
        var ratio = Math.Max(la, lb) <= 0 ? 0 : Math.Min(la, lb) / Math.Max(la, lb);
        var structure = StructureProfile.Similarity(inputs[a].Sections, inputs[b].Sections);
        return new GroupLink(Math.Min(a, b), Math.Max(a, b), overlap, ratio, structure);
    }

    /// <summary>Anchor-poor documents (a declaration, a legal text, a page of one script without names) link by structure.</summary>
    private bool IsStructureLink(IReadOnlyList<GroupInput> inputs, GroupLink link) =>
        link.Structure >= options.StructureThreshold
        && link.LengthRatio >= options.MinLengthRatio
        && Math.Min(inputs[link.A].Sections.Count, inputs[link.B].Sections.Count) >= options.MinStructureSections
        && Math.Min(AnchorCount(inputs[link.A]), AnchorCount(inputs[link.B])) <= options.MaxAnchorsForStructure;

    private static int AnchorCount(GroupInput input) => input.Anchors.Count(a => !a.StartsWith("stem:", StringComparison.Ordinal));

    private bool IsReliable(GroupLink link) =>
        link.Overlap.Count >= options.MinSharedAnchors && link.Overlap.TopShare <= options.MaxTopAnchorShare;

    /// <summary>The share of links among the cross pairs known to be linked or apart. A pair that shares nothing is
    /// apart; a pair of one large block that was not compared (only neighbours in length were) is not known.</summary>
    private static double Linkage(List<int> a, List<int> b, HashSet<(int, int)> linked, HashSet<(int, int)> compared, LargeBlocks large)
    {
        var (count, known) = (0, 0);
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                var pair = (Math.Min(x, y), Math.Max(x, y));
                if (linked.Contains(pair))
                {
                    count++;
                    known++;
                }
                else if (compared.Contains(pair) || !large.ShareOne(x, y))
                {
                    known++;
                }
            }
        }
        return known == 0 ? 0 : count / (double)known;
    }

    private List<GroupLink> AttachSummaries(IReadOnlyList<GroupInput> inputs, List<GroupLink> links, DisjointSets sets, List<int>[] members)
    {
        var alone = Enumerable.Range(0, inputs.Count).Where(i => members[sets.Find(i)].Count == 1).ToHashSet();
        var attached = new HashSet<int>();
        var chosen = new List<GroupLink>();
        // Longer documents attach first, so that a chain summary → digest → report ends at the report.
        foreach (var shorter in alone.OrderByDescending(i => inputs[i].Length).ThenBy(i => i))
        {
            var best = links
                .Where(l => (l.A == shorter || l.B == shorter) && l.Shorter(inputs) == shorter)
                .Where(l => l.ShorterCoverage(inputs) >= options.SummaryCoverage)
                .Where(l => !attached.Contains(l.A == shorter ? l.B : l.A))
                .OrderByDescending(l => l.ShorterCoverage(inputs)).ThenBy(l => l.A).ThenBy(l => l.B)
                .FirstOrDefault();
            if (best is null)
            {
                continue;
            }
            attached.Add(shorter);
            chosen.Add(best);
        }
        foreach (var link in chosen)
        {
            sets.Union(link.A, link.B);
        }
        return chosen;
    }
}
