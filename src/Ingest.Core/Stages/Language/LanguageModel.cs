using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Ingest.Core.Stages.Language.Scripts;

namespace Ingest.Core.Stages.Language;

/// <summary>The language profiles: for each language its scripts and n-gram log-probabilities (see Profiles/generate.py).</summary>
/// <remarks>Immutable once loaded; <see cref="Default"/> is loaded once from the embedded resource and shared by all stages.</remarks>
public sealed class LanguageModel
{
    internal const int MaxOrder = 4;
    internal const double WeightScale = 32.0;
    private const string ResourceName = "Ingest.Language.profiles.bin";
    private static readonly Lazy<LanguageModel> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private LanguageModel(ImmutableArray<string> tags, ImmutableArray<ImmutableArray<byte>> scripts, float[] floors, ImmutableArray<ScriptGrams?> grams)
    {
        Tags = tags;
        Scripts = scripts;
        Floors = floors;
        GramsByScript = grams;
        Languages = [.. tags.Select(t => t.Split('-')[0])];
        var byScript = new List<int>[UnicodeScriptTable.Names.Length];
        for (var language = 0; language < tags.Length; language++)
        {
            foreach (var script in scripts[language])
            {
                (byScript[script] ??= []).Add(language);
            }
        }
        CandidatesByScript = [.. byScript.Select(l => l is null ? ImmutableArray<int>.Empty : [.. l])];
    }

    /// <summary>The model built into Ingest.</summary>
    public static LanguageModel Default => Shared.Value;

    /// <summary>BCP 47 tags of the profiles, by index (a language may have one per script or spelling, e.g. <c>sr-Cyrl</c>).</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>The language each profile answers: the primary subtag of its tag.</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>Script ids (<see cref="UnicodeScriptTable"/>) each language is written in.</summary>
    internal ImmutableArray<ImmutableArray<byte>> Scripts { get; }

    /// <summary>Languages written in each script, by script id.</summary>
    internal ImmutableArray<ImmutableArray<int>> CandidatesByScript { get; }

    /// <summary>Log-probability of an n-gram a language's profile lacks, at [language * MaxOrder + order - 1].</summary>
    internal float[] Floors { get; }

    /// <summary>By script id: the n-grams of the profiles written in it, or null where the script settles the language alone.</summary>
    internal ImmutableArray<ScriptGrams?> GramsByScript { get; }

    /// <summary>Reads a model in the format Profiles/generate.py writes.</summary>
    /// <remarks>The file is stored uncompressed (1.7 MB): inflating it took a third of the load time.</remarks>
    public static LanguageModel Load(Stream stream)
    {
        if (stream.CanSeek)
        {
            var data = new byte[stream.Length - stream.Position];
            stream.ReadExactly(data);
            return Read(data);
        }
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static LanguageModel Read(ReadOnlySpan<byte> data)
    {
        var reader = new ProfileReader(data);
        if (reader.Ascii(4) != "ILP2")
        {
            throw new InvalidDataException("Not an Ingest language profile (magic ILP2 missing).");
        }
        var scriptNames = new byte[reader.UInt16()];
        for (var i = 0; i < scriptNames.Length; i++)
        {
            var name = reader.Ascii(reader.Byte());
            var id = UnicodeScriptTable.IdOf(name);
            scriptNames[i] = id >= 0 ? (byte)id : throw new InvalidDataException($"Unknown script '{name}' in the profile.");
        }
        var profileCount = reader.UInt16();
        var tags = ImmutableArray.CreateBuilder<string>(profileCount);
        var scripts = ImmutableArray.CreateBuilder<ImmutableArray<byte>>(profileCount);
        var floors = new float[profileCount * MaxOrder];
        for (var profile = 0; profile < profileCount; profile++)
        {
            tags.Add(reader.Ascii(reader.Byte()));
            var count = reader.Byte();
            var own = new byte[count];
            for (var s = 0; s < count; s++)
            {
                own[s] = scriptNames[reader.Byte()];
            }
            scripts.Add([.. own]);
            for (var order = 0; order < MaxOrder; order++)
            {
                floors[profile * MaxOrder + order] = reader.Single();
            }
        }
        var grams = new ScriptGrams?[UnicodeScriptTable.Names.Length];
        for (var table = reader.UInt16(); table > 0; table--)
        {
            var script = scriptNames[reader.Byte()];
            grams[script] = ScriptGramsReader.Read(ref reader, profileCount);
        }
        return new LanguageModel(tags.MoveToImmutable(), scripts.MoveToImmutable(), floors, [.. grams]);
    }

    /// <summary>Log-likelihood of a text under a profile: its n-gram weights plus the floor for every n-gram it lacks.</summary>
    internal double Score(int profile, int weight, ReadOnlySpan<int> orderCounts)
    {
        var score = weight / WeightScale;
        for (var order = 0; order < MaxOrder; order++)
        {
            score += orderCounts[order] * Floors[profile * MaxOrder + order];
        }
        return score;
    }

    /// <summary>True when a profile answers <paramref name="language"/> (a primary subtag).</summary>
    public bool Knows(string language) => Languages.Contains(language, StringComparer.Ordinal);

    private static LanguageModel LoadEmbedded()
    {
        using var stream = typeof(LanguageModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Resource {ResourceName} is missing from Ingest.Core.");
        return Load(stream);
    }
}
