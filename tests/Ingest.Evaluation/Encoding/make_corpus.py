#!/usr/bin/env python3
"""Builds the encoding evaluation corpus from real translated text that the detector never trained on.

Usage: python3 make_corpus.py OUT_DIR [PER_BUCKET]

Source: the translated message catalogues of the Debian system (/usr/share/locale/<lang>/LC_MESSAGES/*.mo,
from packages such as coreutils, tar, dpkg, apt; GPL/LGPL, used here as measurement data only, never
committed). The detector's statistics come from the UDHR instead, so the corpus is held out.

For every (encoding, length) pair it writes PER_BUCKET samples: a random stretch of one language's
messages (only messages the encoding can represent), encoded and cut at the last whole character
within 32, 128, 512 or 2048 bytes, with at least one non-ASCII byte. manifest.tsv lists
file, true WHATWG encoding, language, length bucket.
"""
import gettext
import random
import sys
from pathlib import Path

# The windows-1258 form of Vietnamese (base letters plus combining tones) is made as the profiles' generator makes it.
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "src" / "Ingest.Core" / "Stages" / "Read" / "Statistics"))
from generate import windows_1258_form  # noqa: E402

BUCKETS = [32, 128, 512, 2048]
WESTERN = ["de", "fr", "es", "pt", "it", "nl", "da", "sv", "fi"]
CENTRAL = ["pl", "cs", "sk", "hu", "sl", "hr", "ro"]
# WHATWG name -> (python codec, languages)
ENCODINGS = {
    "utf-8": ("utf-8", ["de", "pl", "ru", "el", "ja", "zh_CN", "ko"]),
    "windows-1252": ("cp1252", WESTERN),
    "iso-8859-1": ("latin-1", WESTERN),
    "iso-8859-15": ("iso8859_15", ["fr", "de", "fi", "et"]),
    "macintosh": ("mac_roman", ["de", "fr", "es", "sv"]),
    "windows-1250": ("cp1250", CENTRAL),
    "iso-8859-2": ("iso8859_2", CENTRAL),
    "windows-1251": ("cp1251", ["ru", "uk", "bg"]),
    "koi8-r": ("koi8_r", ["ru", "bg"]),
    "koi8-u": ("koi8_u", ["uk"]),
    "iso-8859-5": ("iso8859_5", ["ru", "bg"]),
    "ibm866": ("cp866", ["ru"]),
    "windows-1253": ("cp1253", ["el"]),
    "iso-8859-7": ("iso8859_7", ["el"]),
    "windows-1254": ("cp1254", ["tr"]),
    "iso-8859-9": ("iso8859_9", ["tr"]),
    "windows-1255": ("cp1255", ["he"]),
    "windows-1256": ("cp1256", ["ar", "fa"]),
    "windows-1257": ("cp1257", ["lt", "lv", "et"]),
    "iso-8859-13": ("iso8859_13", ["lt", "lv"]),
    "iso-8859-4": ("iso8859_4", ["lt", "lv", "et"]),
    "windows-1258": ("cp1258", ["vi"]),
    "shift_jis": ("cp932", ["ja"]),
    "euc-jp": ("euc_jp", ["ja"]),
    "iso-2022-jp": ("iso2022_jp", ["ja"]),
    "gb18030": ("gb18030", ["zh_CN"]),
    "big5": ("big5", ["zh_TW"]),
    "euc-kr": ("euc_kr", ["ko"]),
    # UTF-16 without a byte order mark, CJK text: no zero-byte pattern to go by (only its ASCII has zero bytes).
    "utf-16le": ("utf-16-le", ["ja", "zh_CN", "ko"]),
    "utf-16be": ("utf-16-be", ["ja", "zh_CN", "ko"]),
}


def messages(lang: str) -> list[str]:
    found = []
    for mo in sorted(Path(f"/usr/share/locale/{lang}/LC_MESSAGES").glob("*.mo")):
        try:
            with mo.open("rb") as handle:
                catalog = gettext.GNUTranslations(handle)._catalog
        except Exception:
            continue
        for key, value in catalog.items():
            msgid = key[0] if isinstance(key, tuple) else key
            if not msgid or not isinstance(value, str) or value == msgid or len(value) < 20:
                continue
            found.append(" ".join(value.split()))
    return found


def encodable(codec: str, text: str) -> bool:
    try:
        text.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


def sample(rng: random.Random, pool: list[str], codec: str, limit: int) -> bytes | None:
    start = rng.randrange(len(pool))
    text = "\n".join(pool[start:start + 400] + pool[:max(0, start + 400 - len(pool))])
    offset = rng.randrange(max(1, len(text) - 4 * limit)) if len(text) > 4 * limit else 0
    lo, hi = offset, min(len(text), offset + limit + 1)
    # The longest prefix that fits (iso-2022-jp's escapes make byte length not additive, so search).
    best = b""
    while lo <= hi:
        mid = (lo + hi) // 2
        data = text[offset:mid].encode(codec)
        if len(data) <= limit:
            best, lo = data, mid + 1
        else:
            hi = mid - 1
    if codec == "iso2022_jp":
        return best if b"\x1b$B" in best else None
    return best if any(b >= 0x80 for b in best) else None


def main() -> None:
    out = Path(sys.argv[1])
    per_bucket = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    rng = random.Random(20261121)
    out.mkdir(parents=True, exist_ok=True)
    cache: dict[str, list[str]] = {}
    rows = []
    for name, (codec, langs) in ENCODINGS.items():
        pools = {}
        for lang in langs:
            if lang not in cache:
                cache[lang] = messages(lang)
            texts = cache[lang]
            if name == "windows-1258":
                texts = [windows_1258_form(t) for t in texts]
            pools[lang] = [t for t in texts if encodable(codec, t)]
        pools = {k: v for k, v in pools.items() if len(v) > 50}
        for limit in BUCKETS:
            made = 0
            attempts = 0
            while made < per_bucket and attempts < per_bucket * 50:
                attempts += 1
                lang = sorted(pools)[made % len(pools)]
                data = sample(rng, pools[lang], codec, limit)
                if data is None:
                    continue
                file = f"{name}/{lang}-{limit}-{made:03d}.bin"
                (out / name).mkdir(exist_ok=True)
                (out / file).write_bytes(data)
                rows.append(f"{file}\t{name}\t{lang}\t{limit}")
                made += 1
    (out / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} samples in {out}")


if __name__ == "__main__":
    main()
