using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
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

    private LanguageModel(ImmutableArray<string> tags, ImmutableArray<ImmutableArray<byte>> scripts, float[] floors, NgramTable grams)
    {
        Tags = tags;
        Scripts = scripts;
        Floors = floors;
        Grams = grams;
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

    /// <summary>BCP 47 tags of the known languages, by index.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>Script ids (<see cref="UnicodeScriptTable"/>) each language is written in.</summary>
    internal ImmutableArray<ImmutableArray<byte>> Scripts { get; }

    /// <summary>Languages written in each script, by script id.</summary>
    internal ImmutableArray<ImmutableArray<int>> CandidatesByScript { get; }

    /// <summary>Log-probability of an n-gram a language's profile lacks, at [language * MaxOrder + order - 1].</summary>
    internal float[] Floors { get; }

    internal NgramTable Grams { get; }

    /// <summary>Reads a model in the format Profiles/generate.py writes (raw deflate).</summary>
    public static LanguageModel Load(Stream packed)
    {
        using var inflate = new DeflateStream(packed, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        inflate.CopyTo(buffer);
        var reader = new BinaryReader(new MemoryStream(buffer.GetBuffer(), 0, (int)buffer.Length), Encoding.ASCII);
        if (Encoding.ASCII.GetString(reader.ReadBytes(4)) != "ILP1")
        {
            throw new InvalidDataException("Not an Ingest language profile (magic ILP1 missing).");
        }
        var scriptNames = new byte[reader.ReadUInt16()];
        for (var i = 0; i < scriptNames.Length; i++)
        {
            var name = Encoding.ASCII.GetString(reader.ReadBytes(reader.ReadByte()));
            var id = UnicodeScriptTable.IdOf(name);
            scriptNames[i] = id >= 0 ? (byte)id : throw new InvalidDataException($"Unknown script '{name}' in the profile.");
        }
        var languageCount = reader.ReadUInt16();
        var tags = ImmutableArray.CreateBuilder<string>(languageCount);
        var scripts = ImmutableArray.CreateBuilder<ImmutableArray<byte>>(languageCount);
        var floors = new float[languageCount * MaxOrder];
        for (var language = 0; language < languageCount; language++)
        {
            tags.Add(Encoding.ASCII.GetString(reader.ReadBytes(reader.ReadByte())));
            scripts.Add([.. reader.ReadBytes(reader.ReadByte()).Select(s => scriptNames[s])]);
            for (var order = 0; order < MaxOrder; order++)
            {
                floors[language * MaxOrder + order] = reader.ReadSingle();
            }
        }
        var gramCount = (int)reader.ReadUInt32();
        var entries = new List<(ulong, int, byte)>(gramCount);
        var languages = new List<byte>(gramCount * 3);
        var weights = new List<byte>(gramCount * 3);
        Span<char> gram = stackalloc char[MaxOrder];
        for (var i = 0; i < gramCount; i++)
        {
            var length = reader.ReadByte();
            for (var c = 0; c < length; c++)
            {
                gram[c] = (char)reader.ReadUInt16();
            }
            var postings = reader.ReadByte();
            entries.Add((NgramTable.Pack(gram[..length]), languages.Count, postings));
            for (var p = 0; p < postings; p++)
            {
                languages.Add(reader.ReadByte());
                weights.Add(reader.ReadByte());
            }
        }
        return new LanguageModel(tags.MoveToImmutable(), scripts.MoveToImmutable(), floors,
            new NgramTable(entries, [.. languages], [.. weights]));
    }

    /// <summary>Index of a tag, or -1 when the model does not know the language.</summary>
    public int IndexOf(string tag) => Tags.IndexOf(tag, StringComparer.Ordinal);

    private static LanguageModel LoadEmbedded()
    {
        using var stream = typeof(LanguageModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Resource {ResourceName} is missing from Ingest.Core.");
        return Load(stream);
    }
}
