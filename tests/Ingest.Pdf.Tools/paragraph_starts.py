#!/usr/bin/env python3
"""How many known paragraphs start a block of Ingest's layout: a paragraph (a line of samples/pdf/NAME.txt) counts
when its first four words (line-end hyphenation undone as in reading_order.py) are the first four words of a body
block printed by `PdfText --layout`. A paragraph that goes on in the next column or page also makes a second
block; that is not counted against it. Lists up to four paragraphs whose start was not found.

Usage: INGEST_ARTIFACTS=/tmp/art-pdf python3 tests/Ingest.Pdf.Tools/paragraph_starts.py NAME...
"""
import os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evaluate import ROOT  # noqa: E402
from reading_order import words  # noqa: E402


def main():
    ours = os.path.join(os.environ.get('INGEST_ARTIFACTS', '/tmp/art-pdf'), 'bin', 'PdfText', 'release', 'PdfText')
    for name in sys.argv[1:]:
        base = os.path.join(ROOT, 'samples', 'pdf', name)
        known = open(base + '.txt', encoding='utf-8').read()
        vocabulary = set(words(known))
        output = subprocess.run([ours, '--layout', base + '.pdf'], capture_output=True, check=True).stdout.decode('utf-8')
        starts = {tuple(words(block, vocabulary)[:4]) for block in output.split('\n\n') if block.strip()}
        paragraphs = [words(line) for line in known.splitlines() if line.strip()]
        missing = [p for p in paragraphs if tuple(p[:4]) not in starts]
        print('| %s | %d / %d |' % (name, len(paragraphs) - len(missing), len(paragraphs)))
        for paragraph in missing[:4]:
            print('    not found: ' + ' '.join(paragraph[:8]), file=sys.stderr)


if __name__ == '__main__':
    main()
