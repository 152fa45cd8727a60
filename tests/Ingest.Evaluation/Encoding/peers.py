#!/usr/bin/python3
"""Runs chardet, charset-normalizer and ICU's detector on every corpus file; prints file, peer, label."""
import sys
import warnings
from pathlib import Path

import chardet
import charset_normalizer
import icu

warnings.filterwarnings("ignore")
corpus = Path(sys.argv[1])
for line in (corpus / "manifest.tsv").read_text(encoding="utf-8").splitlines():
    if not line:
        continue
    name = line.split("\t")[0]
    data = (corpus / name).read_bytes()
    found = chardet.detect(data).get("encoding") or ""
    print(f"{name}\tchardet\t{found}")
    best = charset_normalizer.from_bytes(data).best()
    print(f"{name}\tcharset-normalizer\t{best.encoding if best else ''}")
    detector = icu.CharsetDetector(data)
    match = detector.detect()
    print(f"{name}\ticu\t{match.getName() if match else ''}")
