using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ingest.Core.Model;
using Ingest.Core.Stages.Group;

namespace Ingest.Core.Stages.Align;

/// <summary>Aligns the body sections of a bundle's documents: each document to a pivot (the one with most sections) by
/// <see cref="SequenceAligner"/>, merged into n-way alignments, then the pairs not involving the pivot are checked.</summary>
public sealed partial class BundleAligner(AlignOptions options)
{
    /// <param name="documents">The bundle's documents in bundle order (language tag, then path).</param>
    public BundleAlignment Align(IReadOnlyList<Document> documents)
    {
        var docs = documents.Select(AlignedDocument.Of).ToList();
        if (docs.Count < 2)
        {
            return new BundleAlignment([], []);
        }
        var profile = new AnchorProfile([.. docs.SelectMany(d => d.Units).Select(u => u.Anchors)], 1.0, options.Anchors);
        var scorer = new SectionScorer(profile, options);
        // The pivot is the most complete version: the one with most sections, then the longest. A long page with few
        // sections (an index that lists the bundle's documents, a summary in one block) would force every other
        // version's sections into one run against it, and their alignments into one.
        var pivot = docs.OrderByDescending(d => d.Units.Count).ThenByDescending(d => d.ContentLength)
            .ThenBy(d => d.Document.Source.Path, StringComparer.Ordinal).First();
        var ratios = new Dictionary<AlignedDocument, double?>();
        var pairs = docs.Where(d => d != pivot).ToDictionary(d => d, d => PairWith(pivot, d, scorer, ratios));
        var clusters = Merge(pivot, pairs);
        var alignments = clusters.SelectMany(c => Build(c, pivot, docs, scorer, ratios))
            .OrderBy(a => a.Order).Select(a => a.Alignment).ToImmutableArray();
        return new BundleAlignment(alignments, MissingContentFinder.Find(docs, alignments, options));
    }

    /// <summary>Aligns a document to the pivot twice: first comparing lengths as shares of each document, then as
    /// letters with the length ratio measured on the first pass's matches, which stays right when one version lacks
    /// whole sections (a partial translation), where shares of the document are off.</summary>
    private IReadOnlyList<RunPair> PairWith(AlignedDocument pivot, AlignedDocument other, SectionScorer scorer, Dictionary<AlignedDocument, double?> ratios)
    {
        var (from, count) = PivotWindow(pivot, other);
        IReadOnlyList<RunPair> Run(double? lettersRatio) => [.. SequenceAligner.Align(count, other.Units.Count,
                (i, da, j, db) => scorer.Score(pivot.Units, from + i, da, other.Units, j, db, lettersRatio: lettersRatio),
                options.MinScore, options.MergePenalty, options.MaxRun)
            .Select(p => p with { AStart = p.AStart + from })];
        var first = Run(null);
        ratios[other] = LettersRatio(pivot, other, first);
        return ratios[other] is { } c ? Run(c) : first;
    }

    /// <summary>Most cells the aligner fills for one pair before the pivot is cut to a window.</summary>
    private const int MaxCells = 120_000;

    /// <summary>
    /// The run of pivot units the other document is aligned against: all of them, unless the pair would take more than
    /// <see cref="MaxCells"/> cells (an excerpt of an all-in-one manual of thousands of sections); then the window of
    /// about that many cells, at least four times the other's length, where the pivot units share most anchors with it
    /// (each weighed by how few pivot units have it).
    /// </summary>
    internal static (int From, int Count) PivotWindow(AlignedDocument pivot, AlignedDocument other)
    {
        var (n, m) = (pivot.Units.Count, Math.Max(1, other.Units.Count));
        var width = Math.Max((4 * m) + 40, MaxCells / m);
        if ((long)n * m <= MaxCells || width >= n)
        {
            return (0, n);
        }
        // An anchor counts by how rare it is in the pivot: names its index or navigation repeats everywhere point nowhere.
        var anchors = other.Units.SelectMany(u => u.Anchors).ToHashSet(StringComparer.Ordinal);
        var spread = pivot.Units.SelectMany(u => u.Anchors.Where(anchors.Contains)).CountBy(a => a, StringComparer.Ordinal)
            .ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var hits = pivot.Units.Select(u => u.Anchors.Where(anchors.Contains).Sum(a => 1.0 / spread[a])).ToArray();
        var (best, bestFrom, sum) = (-1.0, 0, 0.0);
        for (var i = 0; i < n; i++)
        {
            sum += hits[i] - (i >= width ? hits[i - width] : 0);
            if (i >= width - 1 && sum > best)
            {
                (best, bestFrom) = (sum, i - width + 1);
            }
        }
        return (bestFrom, width);
    }

    /// <summary>The median letters ratio of the 1:1 matches, preferring those with shared anchors; null with fewer than two.</summary>
    private static double? LettersRatio(AlignedDocument pivot, AlignedDocument other, IReadOnlyList<RunPair> pairs)
    {
        var ones = pairs.Where(p => p.ACount == 1 && p.BCount == 1 && pivot.Units[p.AStart].Letters > 20 && other.Units[p.BStart].Letters > 20).ToList();
        var anchored = ones.Where(p => p.Score.Anchors >= 0.2).ToList();
        var chosen = anchored.Count >= 2 ? anchored : ones;
        if (chosen.Count < 2)
        {
            return null;
        }
        var ratios = chosen.Select(p => other.Units[p.BStart].Letters / pivot.Units[p.AStart].Letters).Order().ToList();
        return ratios[ratios.Count / 2];
    }

    /// <summary>Joins the pairwise alignments into clusters that share pivot sections.</summary>
    private static List<Cluster> Merge(AlignedDocument pivot, Dictionary<AlignedDocument, IReadOnlyList<RunPair>> pairs)
    {
        var sets = new DisjointSets(pivot.Units.Count);
        foreach (var pair in pairs.Values.SelectMany(p => p))
        {
            for (var i = pair.AStart + 1; i < pair.AStart + pair.ACount; i++)
            {
                sets.Union(pair.AStart, i);
            }
        }
        var clusters = new Dictionary<int, Cluster>();
        foreach (var (document, list) in pairs)
        {
            foreach (var pair in list)
            {
                var root = sets.Find(pair.AStart);
                if (!clusters.TryGetValue(root, out var cluster))
                {
                    clusters[root] = cluster = new Cluster();
                }
                for (var i = pair.AStart; i < pair.AStart + pair.ACount; i++)
                {
                    cluster.Pivot.Add(i);
                }
                cluster.Members.Add(new ClusterMember(document, pair.BStart, pair.BCount, pair.Score));
            }
        }
        return [.. clusters.OrderBy(c => c.Key).Select(c => c.Value)];
    }

    private IEnumerable<OrderedAlignment> Build(Cluster cluster, AlignedDocument pivot, List<AlignedDocument> docs, SectionScorer scorer,
        Dictionary<AlignedDocument, double?> ratios)
    {
        var members = MergeByDocument(cluster.Members);
        var evidence = new List<string>();
        CheckNonPivotPairs(members, scorer, evidence);
        if (members.Count == 0)
        {
            return [];
        }
        var pivotStart = cluster.Pivot.Min();
        var pivotCount = cluster.Pivot.Max() - pivotStart + 1;
        foreach (var member in members)
        {
            var explained = scorer.Score(pivot.Units, pivotStart, pivotCount, member.Document.Units, member.Start, member.Count,
                explain: true, lettersRatio: ratios[member.Document]);
            evidence.Insert(0, Describe(pivot, member with { Score = explained }));
        }
        var sections = new List<(int Doc, int Index, Section Section, string DocumentId)>();
        void AddRun(AlignedDocument document, int start, int count)
        {
            var index = docs.IndexOf(document);
            var position = document.Units.Take(start).Sum(u => u.Sections.Count);
            foreach (var section in document.Units.Skip(start).Take(count).SelectMany(u => u.Sections))
            {
                sections.Add((index, position++, section, document.Document.Id));
            }
        }
        AddRun(pivot, pivotStart, pivotCount);
        foreach (var member in members)
        {
            AddRun(member.Document, member.Start, member.Count);
        }
        var confidence = Math.Round(members.Average(m => Confidence(m.Score.Score)), 3);
        return HeadingSplit.Split(sections.OrderBy(s => s.Doc).ThenBy(s => s.Index).ToList()).Select(part =>
        {
            var alignmentMembers = part.Select(s => new AlignmentMember(s.DocumentId, s.Section.Id)).ToImmutableArray();
            var alignment = new Alignment(AlignmentId(alignmentMembers), confidence, alignmentMembers, [.. evidence]);
            return new OrderedAlignment(alignment, (part[0].Doc * 100_000L) + part[0].Index);
        }).ToList();
    }

    /// <summary>Maps a score to a confidence with a logistic curve whose midpoint and slope are options.</summary>
    public double Confidence(double score) => 1 / (1 + Math.Exp(-options.ConfidenceSlope * (score - options.ConfidenceMidpoint)));

    private static List<ClusterMember> MergeByDocument(List<ClusterMember> members) =>
        [.. members.GroupBy(m => m.Document).Select(g =>
        {
            var start = g.Min(m => m.Start);
            var end = g.Max(m => m.Start + m.Count);
            return new ClusterMember(g.Key, start, end - start, g.OrderBy(m => m.Score.Score).First().Score);
        })];

    /// <summary>Drops, from each disagreeing pair of non-pivot members, the one the pivot is less sure of.</summary>
    private void CheckNonPivotPairs(List<ClusterMember> members, SectionScorer scorer, List<string> evidence)
    {
        for (var x = 0; x < members.Count; x++)
        {
            for (var y = x + 1; y < members.Count; y++)
            {
                var (a, b) = (members[x], members[y]);
                var check = scorer.Score(a.Document.Units, a.Start, a.Count, b.Document.Units, b.Start, b.Count);
                if (check.Score >= options.MinScore)
                {
                    evidence.Add(string.Create(CultureInfo.InvariantCulture, $"{a.Document.Tag}–{b.Document.Tag} checked: score {check.Score:0.00}"));
                    continue;
                }
                var weaker = a.Score.Score < b.Score.Score ? x : y;
                evidence.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{members[weaker].Document.Tag} dropped: {a.Document.Tag}–{b.Document.Tag} score {check.Score:0.00} below {options.MinScore:0.00}"));
                members.RemoveAt(weaker);
                CheckNonPivotPairs(members, scorer, evidence);
                return;
            }
        }
    }

    private static string Describe(AlignedDocument pivot, ClusterMember member)
    {
        var s = member.Score;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{pivot.Tag}–{member.Document.Tag}: score {s.Score:0.00}, anchors {s.Anchors:0.00}");
        if (s.SharedAnchors.Count > 0)
        {
            text.Append(" (").Append(string.Join(", ", s.SharedAnchors)).Append(')');
        }
        text.Append(CultureInfo.InvariantCulture, $", length ratio {s.LengthRatio:0.00}, position gap {s.PositionGap:0.00}");
        if (s.SameNumber == false)
        {
            text.Append(", numbers differ");
        }
        return text.ToString();
    }

    private static string AlignmentId(IEnumerable<AlignmentMember> members)
    {
        var text = string.Join("\n", members.Select(m => m.Document + "/" + m.Section));
        return "a-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }
}
