#!/usr/bin/python3
"""Runs Debian's python3-langdetect over samples.tsv; writes one normalized prediction per line.

Usage: /usr/bin/python3 peers_langdetect.py SAMPLES OUT
"""
import sys
import time

from langdetect import DetectorFactory, detect
from langdetect.lang_detect_exception import LangDetectException

DetectorFactory.seed = 0  # langdetect samples at random; a fixed seed makes the run reproducible


def normalize(tag):
    primary = tag.lower().split("-")[0]
    return {"no": "nb"}.get(primary, primary)


samples, out = sys.argv[1], sys.argv[2]
answers = []
started = time.time()
with open(samples, encoding="utf-8") as lines:
    for line in lines:
        text = line.rstrip("\n").split("\t")[3]
        try:
            answers.append(normalize(detect(text)))
        except LangDetectException:
            answers.append("und")
with open(out, "w", encoding="utf-8") as handle:
    handle.write("\n".join(answers) + "\n")
print(f"langdetect: {len(answers)} samples in {time.time() - started:.1f} s", file=sys.stderr)
