using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;

namespace Ingest.Core.Stages.Read.Statistics;

/// <summary>The language profiles of the detector, loaded once from the embedded <c>profiles.txt</c>.</summary>
public sealed class ProfileSet
{
    private const double Scale = 8.0;
    private const double UnseenShare = 0.02;
    private static readonly Lazy<ProfileSet> Shared = new(Load);

    private ProfileSet(ImmutableArray<LanguageProfile> profiles)
    {
        Profiles = profiles;
        ByEncoding = profiles
            .SelectMany(p => p.Encodings.Select(e => (Encoding: e, Profile: p)))
            .GroupBy(x => x.Encoding, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.Select(x => x.Profile).ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>The profiles generated from the UDHR (see SOURCE.md).</summary>
    public static ProfileSet Default => Shared.Value;

    public ImmutableArray<LanguageProfile> Profiles { get; }

    /// <summary>For each WHATWG encoding name, the languages commonly stored in it.</summary>
    public ImmutableDictionary<string, ImmutableArray<LanguageProfile>> ByEncoding { get; }

    private static ProfileSet Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Ingest.Read.profiles.txt")
            ?? throw new InvalidOperationException("The embedded resource Ingest.Read.profiles.txt is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    internal static ProfileSet Parse(TextReader reader)
    {
        var raw = new List<(string Name, ImmutableArray<string> Encodings, Dictionary<char, (float, float)> Unigrams, Dictionary<int, float> Bigrams, float[] Ascii)>();
        var ascii = Array.Empty<float>();
        string? name = null;
        var encodings = ImmutableArray<string>.Empty;
        var unigrams = new Dictionary<char, (float, float)>();
        var bigrams = new Dictionary<int, float>();
        void Flush()
        {
            if (name is not null)
            {
                raw.Add((name, encodings, unigrams, bigrams, ascii));
            }
            unigrams = [];
            bigrams = [];
        }
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var parts = line.Split(' ');
            switch (parts[0])
            {
                case "p":
                    Flush();
                    name = parts[1];
                    encodings = [.. parts[2..]];
                    break;
                case "a":
                    ascii = [.. parts.Skip(1).Select(Value)];
                    break;
                case "u":
                    unigrams[Symbol(parts[1][0])] = (Value(parts[2]), Value(parts[3]));
                    break;
                case "b":
                    bigrams[Symbol(parts[1][0]) << 16 | Symbol(parts[1][1])] = Value(parts[2]);
                    break;
                default:
                    throw new FormatException($"profiles.txt: unexpected line '{line}'");
            }
        }
        Flush();
        // A letter one language lacks is as likely as it is across all languages, scaled down: 'ž' (in many)
        // beats 'þ' (in Icelandic only) in an Estonian text whose sample never showed either.
        var global = (IReadOnlyDictionary<char, float>)raw.SelectMany(r => r.Unigrams.Select(u => (u.Key, P: Math.Exp(u.Value.Item1))))
            .GroupBy(u => u.Key)
            .ToDictionary(g => g.Key, g => (float)Math.Max(LanguageProfile.UnseenLogP, Math.Log(UnseenShare * g.Sum(u => u.P) / raw.Count))).ToFrozenDictionary();
        return new ProfileSet([.. raw.Select(r => new LanguageProfile(r.Name, r.Encodings, r.Unigrams, r.Bigrams, r.Ascii, global, CommonCharacters.For(r.Name)))]);
    }

    private static char Symbol(char c) => c == '_' ? SymbolStream.Boundary : c;

    private static float Value(string text) => (float)(int.Parse(text, CultureInfo.InvariantCulture) / Scale);
}
