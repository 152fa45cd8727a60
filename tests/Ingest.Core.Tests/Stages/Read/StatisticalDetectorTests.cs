using Ingest.Core.Stages.Read;
using Ingest.Core.Stages.Read.Statistics;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Read;

/// <summary>The shortcuts that make the statistical detector fast must not change what it computes.</summary>
public sealed class StatisticalDetectorTests
{
    private static readonly string[] Files =
    [
        "pl.windows-1250.txt", "pl.iso-8859-2.txt", "de.windows-1252.txt", "ru.koi8-r.txt", "ru.windows-1251.txt",
        "el.iso-8859-7.txt", "ja.shift_jis.txt", "ja.euc-jp.txt", "zh.gb18030.txt", "ko.euc-kr.txt",
    ];

    public static IEnumerable<TestCaseData> Samples()
    {
        foreach (var file in Files)
        {
            var bytes = File.ReadAllBytes(Repository.PathOf(Path.Combine("samples", "encodings", file)));
            yield return new TestCaseData(bytes).SetName($"{{m}}({file})");
            // Controls, runs of spaces and digits between the non-ASCII bytes exercise what the reduction drops.
            var noisy = bytes.SelectMany((b, i) => i % 37 == 0 ? new byte[] { b, 0x01, 0x20, 0x20, 0x31, 0x02, 0x41, 0x20 } : [b]).ToArray();
            yield return new TestCaseData(noisy).SetName($"{{m}}({file}, with controls)");
        }
    }

    [TestCaseSource(nameof(Samples))]
    public void ReducedSample_GivesEveryCandidateTheSameStream_ButForTheDroppedControls(byte[] bytes)
    {
        var reduced = ReducedSample.Of(bytes);

        foreach (var candidate in EncodingCandidate.All.Where(c => c.IsAsciiCompatible))
        {
            var full = Stream(candidate, bytes, out var fullInvalid);
            var part = Stream(candidate, reduced.Bytes, out var partInvalid);

            Assert.That((part.Pairs.ToArray(), part.Counts.ToArray(), partInvalid), Is.EqualTo((full.Pairs.ToArray(), full.Counts.ToArray(), fullInvalid)), candidate.Name);
            Assert.That(part.Penalty + reduced.DroppedControls * SymbolStream.ControlLogP, Is.EqualTo(full.Penalty).Within(1e-9), candidate.Name);
        }
    }

    [TestCaseSource(nameof(Samples))]
    public void Bounds_NeverFallBelowAScore(byte[] bytes)
    {
        var reduced = ReducedSample.Of(bytes);
        var profiles = ProfileSet.Default;
        var bounds = new CandidateBounds(profiles, [.. EncodingCandidate.All.Select(c => (IReadOnlyList<int>)[.. profiles.ByEncoding.GetValueOrDefault(c.Name, []).Select(p => profiles.Profiles.IndexOf(p))])]);

        for (var c = 0; c < EncodingCandidate.All.Length; c++)
        {
            var candidate = EncodingCandidate.All[c];
            if (!candidate.IsAsciiCompatible)
            {
                continue;
            }
            var stream = Stream(candidate, bytes, out var invalid);
            var bound = candidate.HighPenalty(reduced.HighCounts) + reduced.AsciiControls * SymbolStream.ControlLogP
                + bounds.Of(c, candidate, reduced.Adjacent) + candidate.MinInvalid(reduced) * StatisticalDetector.InvalidLogP;

            Assert.That(candidate.MinInvalid(reduced), Is.LessThanOrEqualTo(invalid), candidate.Name);
            foreach (var profile in profiles.ByEncoding.GetValueOrDefault(candidate.Name, []))
            {
                Assert.That(stream.Score(profile) + invalid * StatisticalDetector.InvalidLogP, Is.LessThanOrEqualTo(bound + 1e-6), $"{candidate.Name} {profile.Name}");
            }
        }
    }

    [Test]
    public void MinInvalid_NeverExceedsTheInvalidSequencesTheDecoderFinds_OnRandomBytes()
    {
        var random = new Random(20261122);
        for (var trial = 0; trial < 2000; trial++)
        {
            // Mostly non-ASCII with spaces, letters and digits between, like text in a double-byte encoding.
            var bytes = Enumerable.Range(0, random.Next(1, 60)).Select(_ => random.Next(4) switch
            {
                0 => (byte)" a0.\n"[random.Next(5)],
                _ => (byte)random.Next(0x80, 0x100),
            }).ToArray();
            var reduced = ReducedSample.Of(bytes);
            foreach (var candidate in EncodingCandidate.All.Where(c => !c.IsSingleByte && c.IsAsciiCompatible))
            {
                Stream(candidate, reduced.Bytes, out var invalid);

                Assert.That(candidate.MinInvalid(reduced), Is.LessThanOrEqualTo(invalid), $"{candidate.Name}: {Convert.ToHexString(bytes)}");
            }
        }
    }

    [Test]
    public void Rank_ScreensLongSamples_WithoutChangingTheVerdict()
    {
        var bytes = File.ReadAllBytes(Repository.PathOf(Path.Combine("samples", "encodings", "ru.koi8-r.txt")));

        var ranking = new StatisticalDetector().Rank(bytes);

        Assert.That(ranking[0].Encoding, Is.EqualTo("koi8-r"));
        Assert.That(ranking.Select(r => r.Encoding), Is.EquivalentTo(EncodingCandidate.All.Where(c => c.Name != "iso-2022-jp").Select(c => c.Name)));
        Assert.That(ranking.Skip(1).Where(r => r.Decoding != ranking[0].Decoding).Sum(r => r.Posterior), Is.LessThan(1e-6));
    }

    private static SymbolStream Stream(EncodingCandidate candidate, ReadOnlySpan<byte> bytes, out int invalid)
    {
        var chars = new char[candidate.MaxChars(bytes.Length)];
        var length = candidate.Decode(bytes, chars, out invalid);
        return SymbolStream.Build(chars.AsSpan(0, length));
    }
}
