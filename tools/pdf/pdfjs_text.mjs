// Prints the text of PDF files with Mozilla pdf.js (comparison peer for evaluate.py).
// Usage: PDFJS_DIR=/tmp/pdfjs/node_modules/pdfjs-dist node pdfjs_text.mjs [--password PW] [--repeat N] FILE.pdf...
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const dir = process.env.PDFJS_DIR ?? '/tmp/pdfjs/node_modules/pdfjs-dist';
const pdfjs = await import(pathToFileURL(`${dir}/legacy/build/pdf.mjs`).href);
const args = process.argv.slice(2);
let password;
let repeat = 1;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--password') password = args[++i];
  else if (args[i] === '--repeat') repeat = Number(args[++i]);
  else files.push(args[i]);
}
for (let round = 0; round < repeat; round++) {
  for (const file of files) {
    const data = new Uint8Array(readFileSync(file));
    const doc = await pdfjs.getDocument({ data, password, verbosity: 0, useSystemFonts: false }).promise;
    let text = '';
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      for (const item of content.items) {
        text += item.str ?? '';
        if (item.hasEOL) text += '\n';
      }
      text += '\n\f';
      page.cleanup();
    }
    await doc.destroy();
    if (round === 0) process.stdout.write(text);
  }
}
