#!/usr/bin/env python3
"""Cuts held-out evaluation samples from extracted Debian packages (see corpus.sh).

Sources: translated manual pages (manpages-l10n), translated HTML guides, and gettext catalogues (.mo) of
GNU and Debian tools. Translated manual pages keep untranslated paragraphs in English, so any paragraph
that also occurs in the English pages is dropped; catalogue entries equal to their English original too.

Label noise: a translation keeps some text in English (untranslated paragraphs of a newer English original, quoted
option descriptions, code). Two general rules drop such text from every pool but the English one, paragraph by
paragraph before samples are cut, and again on each finished sample:
  * English leftovers: at least ENGLISH_MIN_HITS words, and at least ENGLISH_MIN_SHARE of all words, are English
    function words of ENGLISH_MARKERS (words chosen because they are not common words of the other languages:
    no "a", "in", "is", "to", "on", "die", "was", "for", "an", "as");
  * foreign script: in a language not written in Latin letters, a piece whose letters are mostly Latin (code,
    commands and English quoted in a Chinese, Japanese or Russian page).
The counts of dropped paragraphs and samples are printed. The same samples go to Ingest and to every peer.

Output: TSV lines `language<TAB>bucket<TAB>source<TAB>text` (text with tabs/newlines as spaces),
at most PER_BUCKET samples per language and bucket, chosen with a fixed seed.
"""
import gzip
import html
import os
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

# The .mo reader is shared with the profile generator.
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "src/Ingest.Core/Stages/Language/Profiles"))
from mo_catalogue import translations  # noqa: E402

BUCKETS = {15: (12, 18), 40: (35, 45), 100: (90, 110), 300: (280, 320), 1000: (1000, 1200)}
PER_BUCKET = int(os.environ.get("PER_BUCKET", "60"))
# Debian locale directory -> the tag Ingest and the peers are scored against.
TAGS = {"pt_BR": "pt", "zh_CN": "zh", "zh_TW": "zh", "en_GB": None, "ru_UA": None}
# More locale directories for the development set (dev.sh), e.g. "sr@latin=sr"; the evaluation set uses none.
TAGS.update(pair.split("=", 1) for pair in os.environ.get("EXTRA_TAGS", "").split())
KNOWN = set("""bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv ca eu gl is nb nn sq sr bs mk
uk be ru tr cy eo lb fo fy br gd oc la hy ka az ar he fa ur ps ku hi mr ne bn pa gu ta te kn ml si zh ja ko vi
th lo km my id ms tl jv kk ky uz tg mn tt am sw so ha yo zu xh af ht""".split())
ROFF_ESCAPES = re.compile(r"\\(f[BIRPC]|f\(..|f\[[^\]]*\]|\(..|\[[^\]]*\]|[-&e|^~0 ]|s[-+]?\d|\*\(..|\*.|n.|c)")


def tag_of(directory):
    tag = TAGS.get(directory, directory)
    return tag if tag in KNOWN else None


def roff_paragraphs(text):
    paragraphs, current = [], []
    for line in text.splitlines():
        if line.startswith((".", "'")):
            request = line[1:3]
            if request in ("PP", "P", "LP", "SH", "SS", "TP", "IP", "HP", "sp", "br", "nf", "fi", "EX", "EE", "TH", "RS", "RE") or not line[1:].strip():
                if current:
                    paragraphs.append(" ".join(current))
                    current = []
            if request in ("B ", "I ", "BR", "IR", "RB", "RI", "BI", "IB"):
                current.append(line[3:].replace('"', ""))
            continue
        if not line.strip():
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return [clean(ROFF_ESCAPES.sub(lambda m: "-" if m.group(1) == "-" else "", p)) for p in paragraphs]


def clean(text):
    return re.sub(r"\s+", " ", text).strip()


def mo_messages(path):
    for _, text in translations(path):
        text = re.sub(r"%(\d+\$)?[-+ #0]*\d*(\.\d+)?[lhzjt]*[sdiuxXcfgeEp%]|\\[nt]|<[^>]*>|--?[a-z][-a-z]*", " ", text)
        yield clean(text)


def html_paragraphs(path):
    raw = path.read_text(encoding="utf-8", errors="replace")
    for m in re.finditer(r"<p[^>]*>(.*?)</p>", raw, re.S):
        yield clean(html.unescape(re.sub(r"<[^>]+>", " ", m.group(1))))


ENGLISH_MARKERS = frozenset("""the of and that with from this which not are be been can will would should could have has
had when where there their these those than then into only also such must may you your its it they what other each
any all used using""".split())
ENGLISH_MIN_HITS = 3
ENGLISH_MIN_SHARE = 0.10


def english_leftover(text):
    words = re.findall(r"[^\W\d_]+", text.lower())
    hits = sum(w in ENGLISH_MARKERS for w in words)
    return hits >= ENGLISH_MIN_HITS and hits >= ENGLISH_MIN_SHARE * len(words)


def mostly_latin(text):
    letters = [c for c in text if c.isalpha()]
    latin = sum(c < "\u0250" for c in letters)
    return latin * 2 > len(letters)


TECHNICAL = re.compile(r"\S*[/@<>=_\\{}\[\]|$]\S*|(?<!\S)--?\w\S*|\S*\d\S*")


def prose(text):
    """The text without paths, addresses, options and numbers, which belong to no language."""
    return clean(TECHNICAL.sub(" ", text))


def english_only(text, vocabulary):
    words = [w.lower() for w in re.findall(r"\w+", text) if len(w) > 1]
    return bool(words) and all(w in vocabulary for w in words)


def letter_share(text):
    return sum(c.isalpha() for c in text) / max(1, len(text))


def main():
    root, out = Path(sys.argv[1]), Path(sys.argv[2])
    pools = defaultdict(list)  # tag -> list of (source, [paragraphs in order])
    english = set()
    man = root / "usr/share/man"
    for page in sorted(man.glob("man*/*.gz")):
        paragraphs = roff_paragraphs(gzip.decompress(page.read_bytes()).decode("utf-8", "replace"))
        english.update(paragraphs)
        pools["en"].append((f"manpages:{page.name}", paragraphs))
    for directory in sorted(p for p in man.iterdir() if not p.name.startswith("man")):
        tag = tag_of(directory.name)
        if tag is None:
            continue
        for page in sorted(directory.glob("man*/*.gz")):
            paragraphs = roff_paragraphs(gzip.decompress(page.read_bytes()).decode("utf-8", "replace"))
            pools[tag].append((f"manpages-{directory.name}:{page.name}", [p for p in paragraphs if p not in english]))
    for mo in sorted((root / "usr/share/locale").glob("*/LC_MESSAGES/*.mo")):
        tag = tag_of(mo.parts[-3])
        if tag is not None:
            pools[tag].append((f"{mo.stem}.mo:{mo.parts[-3]}", list(mo_messages(mo))))
    for guide, tag in (("maint-guide-ca", "ca"), ("maint-guide-es", "es"), ("maint-guide-de", "de"),
                       ("debian-faq-ko", "ko"), ("debian-reference-id", "id")):
        for page in sorted((root / "usr/share/doc" / guide).rglob("*.html")):
            pools[tag].append((f"{guide}:{page.name}", list(html_paragraphs(page))))

    # Words of the English pages: a piece of a translation made of them alone is an untranslated leftover.
    counts = defaultdict(int)
    for _, paragraphs in pools["en"]:
        for paragraph in paragraphs:
            for word in re.findall(r"\w+", paragraph.lower()):
                counts[word] += 1
    vocabulary = {w for w, c in counts.items() if c >= 3}
    rng = random.Random(5)
    rows = []
    dropped = defaultdict(int)
    for tag in sorted(pools):
        sources = [(s, [prose(p) for p in ps]) for s, ps in pools[tag]]
        sources = [(s, [p for p in ps if len(p) >= 12 and letter_share(p) >= 0.6]) for s, ps in sources]
        latin_pool = mostly_latin(" ".join(p for _, ps in sources for p in ps))

        def noise(text):
            if tag == "en":
                return None
            if english_leftover(text):
                return "English leftover"
            if not latin_pool and mostly_latin(text):
                return "Latin text in a non-Latin language"
            return None

        kept = []
        for source, paragraphs in sources:
            clean_paragraphs = []
            for paragraph in paragraphs:
                reason = noise(paragraph)
                if reason:
                    dropped[f"paragraphs ({reason})"] += 1
                else:
                    clean_paragraphs.append(paragraph)
            if clean_paragraphs:
                kept.append((source, clean_paragraphs))
        sources = kept
        sources = [(s, ps) for s, ps in sources if ps]
        for bucket, (low, high) in BUCKETS.items():
            candidates = []
            for source, paragraphs in sources:
                if bucket >= 100:
                    # Longer buckets join consecutive paragraphs of one source, as a section of a document would.
                    joined = ""
                    for paragraph in paragraphs:
                        joined = f"{joined} {paragraph}".strip()
                        if len(joined) >= low:
                            piece = cut(joined, low, high)
                            if piece:
                                candidates.append((source, piece))
                            joined = ""
                else:
                    for paragraph in paragraphs:
                        if len(paragraph) >= low:
                            piece = cut(paragraph, low, high, rng)
                            if piece:
                                candidates.append((source, piece))
            unique = sorted({c for c in candidates if tag == "en" or not english_only(c[1], vocabulary)})
            noisy = [c for c in unique if noise(c[1])]
            dropped["samples (after joining)"] += len(noisy)
            unique = [c for c in unique if not noise(c[1])]
            rng.shuffle(unique)
            for source, text in unique[:PER_BUCKET]:
                rows.append(f"{tag}\t{bucket}\t{source}\t{text}")
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    for what, count in sorted(dropped.items()):
        print(f"dropped as label noise: {count} {what}")
    print(f"{len(rows)} samples in {len({r.split(chr(9))[0] for r in rows})} languages -> {out}")


def cut(text, low, high, rng=None):
    """A piece of low..high characters starting and ending at word boundaries where the text has them."""
    if len(text) <= high:
        return text if len(text) >= low else None
    starts = [0] + [m.end() for m in re.finditer(r"\s", text[: len(text) - low])]
    start = rng.choice(starts) if rng else 0
    piece = text[start:start + high]
    space = piece.rfind(" ", low)
    piece = piece[:space] if space >= low else piece
    return piece if len(piece) >= low else None


if __name__ == "__main__":
    main()
