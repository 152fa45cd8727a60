#!/usr/bin/env python3
"""Reading-order score per sample with a known text (samples/pdf/NAME.txt): the longest common subsequence of
words of the extracted text and the known text, over the number of words of the known text. Compared: Ingest's
layout (PdfText --layout: body blocks in reading order, page furniture removed), Ingest's ExtractText, poppler's
pdftotext (default mode, which follows columns) and Mozilla pdf.js (content order).

Words: whitespace-separated after NFC, each Han/kana character a word (as evaluate.py). Hyphenation is undone
the same way for every tool before scoring: a word ending in '-' at the end of a line is joined with the first
word of the next line, without the hyphen when the known text has the joined word, with it when the known text
has that, else left as two words.

Furniture left: for samples with NAME.furniture.txt (one regular expression per line: running header and footer
texts, page number lines), how many more matches the output has than the known text.

Usage:
  INGEST_ARTIFACTS=/tmp/art-pdf dotnet build -c Release tests/Ingest.Pdf.Tools/PdfText
  python3 tests/Ingest.Pdf.Tools/reading_order.py [--ours PATH_TO_PdfText] [NAME...]
"""
import argparse, glob, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from evaluate import ROOT, is_cjk, run  # noqa: E402


def tokens(line):
    result = []
    for word in line.split():
        run_ = ''
        for c in word:
            if is_cjk(c):
                if run_:
                    result.append(run_)
                    run_ = ''
                result.append(c)
            else:
                run_ += c
        if run_:
            result.append(run_)
    return result


def words(text, vocabulary=None):
    """The word sequence of a text; with a vocabulary (the known text's words), line-end hyphenation undone."""
    lines = [tokens(line) for line in unicodedata.normalize('NFC', text).splitlines()]
    result = []
    pending = None
    for line in lines:
        if not line:
            continue
        if pending is not None:
            first = line[0]
            if pending[:-1] + first in vocabulary:
                line = [pending[:-1] + first] + line[1:]
            elif pending + first in vocabulary:
                line = [pending + first] + line[1:]
            else:
                result.append(pending)
            pending = None
        if vocabulary is not None and len(line[-1]) > 1 and line[-1].endswith('-') and line[-1][-2].isalpha():
            pending = line[-1]
            line = line[:-1]
        result.extend(line)
    if pending is not None:
        result.append(pending)
    return result


def lcs(known, got):
    """Length of the longest common subsequence, bit-parallel over the known words (Allison-Dix/Hyyro)."""
    masks = {}
    for i, word in enumerate(known):
        masks[word] = masks.get(word, 0) | (1 << i)
    full = (1 << len(known)) - 1
    v = full
    for word in got:
        m = masks.get(word)
        if m is None:
            continue
        u = v & m
        v = ((v + u) | (v - u)) & full
    return len(known) - bin(v).count('1')


def score(text, known_words, vocabulary):
    return lcs(known_words, words(text, vocabulary)) / max(1, len(known_words))


def furniture_left(text, known, patterns):
    return sum(max(0, len(re.findall(p, text, re.M)) - len(re.findall(p, known, re.M))) for p in patterns)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--ours', default=os.path.join(os.environ.get('INGEST_ARTIFACTS', '/tmp/art-pdf'),
                                                     'bin', 'PdfText', 'release', 'PdfText'))
    parser.add_argument('--samples', default=os.path.join(ROOT, 'samples', 'pdf'))
    parser.add_argument('names', nargs='*')
    options = parser.parse_args()
    tools = ['Ingest layout', 'Ingest ExtractText', 'pdftotext', 'pdf.js']
    print('| sample | words | %s | furniture left (Ingest layout / pdftotext / pdf.js) |' % ' | '.join(tools))
    print('|---|---|%s---|' % ('---|' * len(tools)))
    totals = {tool: [] for tool in tools}
    for pdf in sorted(glob.glob(os.path.join(options.samples, '*.pdf'))):
        name = os.path.splitext(pdf)[0]
        if not os.path.exists(name + '.txt') or (options.names and os.path.basename(name) not in options.names):
            continue
        known = open(name + '.txt', encoding='utf-8').read()
        known_words = words(known)
        vocabulary = set(known_words)
        password = open(name + '.password').read().strip() if os.path.exists(name + '.password') else None
        extra = ['--password', password] if password else []
        outputs = {
            'Ingest layout': run([options.ours, '--layout', *extra, pdf]),
            'Ingest ExtractText': run([options.ours, *extra, pdf]),
            'pdftotext': run(['pdftotext', *(['-upw', password] if password else []), '-enc', 'UTF-8', pdf, '-']),
            'pdf.js': run(['node', os.path.join(HERE, 'pdfjs_text.mjs'), *extra, pdf]),
        }
        scores = {tool: score(text, known_words, vocabulary) for tool, text in outputs.items()}
        for tool, value in scores.items():
            totals[tool].append(value)
        left = ''
        if os.path.exists(name + '.furniture.txt'):
            patterns = [p for p in open(name + '.furniture.txt', encoding='utf-8').read().splitlines() if p]
            left = ' / '.join(str(furniture_left(outputs[t], known, patterns)) for t in ('Ingest layout', 'pdftotext', 'pdf.js'))
        print('| %s | %d | %s | %s |' % (os.path.basename(pdf), len(known_words),
                                         ' | '.join('%.4f' % scores[t] for t in tools), left))
    print('| **mean** | | %s | |' % ' | '.join('%.4f' % (sum(v) / len(v)) for v in totals.values()))
    print('| **min** | | %s | |' % ' | '.join('%.4f' % min(v) for v in totals.values()))


if __name__ == '__main__':
    main()
