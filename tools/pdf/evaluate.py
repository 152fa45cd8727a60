#!/usr/bin/env python3
"""Word-level F1 of the extracted text against the known text, for every sample in samples/pdf/,
for Ingest.Pdf (tools/pdf/PdfText), poppler's pdftotext and Mozilla pdf.js (tools/pdf/pdfjs_text.mjs).

F1 compares multisets of whitespace-separated words after NFC normalisation (each Han/kana
character is a word). A NAME.password file
beside a sample holds its password. Usage:
  INGEST_ARTIFACTS=/tmp/art-pdf dotnet build -c Release tools/pdf/PdfText
  python3 tools/pdf/evaluate.py [--ours PATH_TO_PdfText]
"""
import argparse, collections, glob, os, subprocess, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.dirname(os.path.abspath(__file__))


def is_cjk(c):
    return '\u2e80' <= c <= '\u9fff' or '\uf900' <= c <= '\ufaff' or '\uff00' <= c <= '\uff60'


def words(text):
    """Whitespace-separated words; each Han/kana/fullwidth character is a word of its own (no spaces there)."""
    result = collections.Counter()
    for word in unicodedata.normalize('NFC', text).split():
        run = ''
        for c in word:
            if is_cjk(c):
                if run:
                    result[run] += 1
                    run = ''
                result[c] += 1
            else:
                run += c
        if run:
            result[run] += 1
    return result


def f1(extracted, known):
    got, want = words(extracted), words(known)
    common = sum((got & want).values())
    if common == 0:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def run(command):
    result = subprocess.run(command, capture_output=True)
    return result.stdout.decode('utf-8', errors='replace') if result.returncode == 0 else ''


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--ours', default=os.path.join(os.environ.get('INGEST_ARTIFACTS', '/tmp/art-pdf'),
                                                     'bin', 'PdfText', 'release', 'PdfText'))
    parser.add_argument('--samples', default=os.path.join(ROOT, 'samples', 'pdf'))
    options = parser.parse_args()
    print('| sample | Ingest.Pdf | pdftotext | pdf.js |')
    print('|---|---|---|---|')
    totals = collections.defaultdict(list)
    for pdf in sorted(glob.glob(os.path.join(options.samples, '*.pdf'))):
        name = os.path.splitext(pdf)[0]
        reference = name + '.txt' if os.path.exists(name + '.txt') else name + '.pdftotext.txt'
        if not os.path.exists(reference):
            continue
        # Samples from Debian documentation have no clean known text: their reference is pdftotext's
        # output made when the sample was taken (marked with *), so the pdftotext column is 1 by construction.
        known = open(reference, encoding='utf-8').read()
        label = os.path.basename(pdf) + ('' if reference.endswith('/' + os.path.basename(name) + '.txt') else ' *')
        password = open(name + '.password').read().strip() if os.path.exists(name + '.password') else None
        extra = ['--password', password] if password else []
        scores = {
            'ours': f1(run([options.ours, *extra, pdf]), known),
            'pdftotext': f1(run(['pdftotext', *(['-upw', password] if password else []), '-enc', 'UTF-8', pdf, '-']), known),
            'pdfjs': f1(run(['node', os.path.join(HERE, 'pdfjs_text.mjs'), *extra, pdf]), known),
        }
        for tool, score in scores.items():
            totals[tool].append(score)
        print('| %s | %.4f | %.4f | %.4f |' % (label, scores['ours'], scores['pdftotext'], scores['pdfjs']))
    print('| **mean** | %s |' % ' | '.join('%.4f' % (sum(v) / len(v)) for v in totals.values()))


if __name__ == '__main__':
    main()
