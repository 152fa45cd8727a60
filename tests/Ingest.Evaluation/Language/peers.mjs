// Runs the npm peers (franc-all, eld, tinyld) over samples.tsv; writes one prediction per line, normalized to the
// tags Ingest uses (ISO 639-1, 'nb' for Norwegian Bokmål, 'zh' for Chinese, 'pt' for both Portuguese).
// Usage: node peers.mjs SAMPLES OUTDIR   (peers.sh copies it beside the installed packages so that they resolve)
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const [samplesPath, outDir] = process.argv.slice(2)
const texts = readFileSync(samplesPath, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t')[3])

// ISO 639-3 (franc) to the tags Ingest uses; codes outside Ingest's languages pass through and count as wrong.
const iso3 = {
  bul: 'bg', ces: 'cs', dan: 'da', deu: 'de', ell: 'el', eng: 'en', spa: 'es', est: 'et', ekk: 'et', fin: 'fi',
  fra: 'fr', gle: 'ga', hrv: 'hr', hun: 'hu', ita: 'it', lit: 'lt', lav: 'lv', lvs: 'lv', mlt: 'mt', nld: 'nl',
  pol: 'pl', por: 'pt', ron: 'ro', slk: 'sk', slv: 'sl', swe: 'sv', cat: 'ca', eus: 'eu', glg: 'gl', isl: 'is',
  nob: 'nb', nno: 'nn', nor: 'nb', als: 'sq', sqi: 'sq', srp: 'sr', bos: 'bs', mkd: 'mk', ukr: 'uk', bel: 'be',
  rus: 'ru', tur: 'tr', cym: 'cy', epo: 'eo', ltz: 'lb', fao: 'fo', fry: 'fy', bre: 'br', gla: 'gd', oci: 'oc',
  lat: 'la', hye: 'hy', kat: 'ka', azj: 'az', aze: 'az', arb: 'ar', ara: 'ar', heb: 'he', pes: 'fa', fas: 'fa',
  urd: 'ur', pbu: 'ps', kmr: 'ku', hin: 'hi', mar: 'mr', npi: 'ne', nep: 'ne', ben: 'bn', pan: 'pa', guj: 'gu',
  tam: 'ta', tel: 'te', kan: 'kn', mal: 'ml', sin: 'si', cmn: 'zh', zho: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi',
  tha: 'th', lao: 'lo', khm: 'km', mya: 'my', ind: 'id', zlm: 'ms', zsm: 'ms', msa: 'ms', tgl: 'tl', jav: 'jv',
  kaz: 'kk', kir: 'ky', uzn: 'uz', tgk: 'tg', khk: 'mn', tat: 'tt', amh: 'am', swh: 'sw', som: 'so', hau: 'ha',
  yor: 'yo', zul: 'zu', xho: 'xh', afr: 'af', hat: 'ht',
}
const two = (tag) => {
  if (!tag) return 'und'
  const lower = tag.toLowerCase()
  const primary = lower.split(/[-_]/)[0]
  if (primary === 'no') return 'nb'
  return iso3[primary] ?? primary
}

const { franc } = await import('franc-all')
const { eld } = await import('eld/large')
const tinyld = await import('tinyld')
const peers = {
  'franc-all': (t) => two(franc(t, { minLength: 1 })),
  eld: (t) => two(eld.detect(t).language),
  tinyld: (t) => two(tinyld.detect(t)),
}
for (const [name, detect] of Object.entries(peers)) {
  const started = process.hrtime.bigint()
  const answers = texts.map((t) => detect(t))
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  writeFileSync(join(outDir, `${name}.txt`), answers.join('\n') + '\n')
  console.error(`${name}: ${texts.length} samples in ${seconds.toFixed(1)} s`)
}
