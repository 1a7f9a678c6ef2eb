/**
 * Test helper: the text drawn in a PDF made by the agreement renderer, without poppler. Inflates every
 * FlateDecode stream and decodes the strings of its `Tj`/`TJ` operators (hex strings in WinAnsi, as pdfkit
 * writes them for the standard fonts). One line per text operator; kerning splits inside a TJ are joined.
 */
import { inflateSync } from 'node:zlib';

const WIN_ANSI_TO_UNICODE: Record<number, number> = {
  128: 8364,
  130: 8218,
  131: 402,
  132: 8222,
  133: 8230,
  134: 8224,
  135: 8225,
  136: 710,
  137: 8240,
  138: 352,
  139: 8249,
  140: 338,
  142: 381,
  145: 8216,
  146: 8217,
  147: 8220,
  148: 8221,
  149: 8226,
  150: 8211,
  151: 8212,
  152: 732,
  153: 8482,
  154: 353,
  155: 8250,
  156: 339,
  158: 382,
  159: 376,
};

function decodeHex(hex: string): string {
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const b = parseInt(hex.slice(i, i + 2), 16);
    out += String.fromCodePoint(WIN_ANSI_TO_UNICODE[b] ?? b);
  }
  return out;
}

/** The raw content of every stream, inflated when it is FlateDecode. */
export function pdfStreams(bytes: Uint8Array): string[] {
  const latin1 = Buffer.from(bytes).toString('latin1');
  const out: string[] = [];
  const re = /(?<!end)stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(latin1))) {
    const start = m.index + m[0].length;
    const end = latin1.indexOf('endstream', start);
    if (end < 0) break;
    const header = latin1.slice(Math.max(0, m.index - 200), m.index);
    const raw = Buffer.from(bytes.subarray(start, end));
    try {
      out.push(header.includes('/FlateDecode') ? inflateSync(raw).toString('latin1') : raw.toString('latin1'));
    } catch {
      out.push(raw.toString('latin1'));
    }
    re.lastIndex = end + 'endstream'.length;
  }
  return out;
}

/** The text lines of a PDF (see the module comment). */
export function pdfTextLines(bytes: Uint8Array): string[] {
  const lines: string[] = [];
  for (const content of pdfStreams(bytes)) {
    for (const op of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (op[1] !== undefined)
        lines.push([...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => decodeHex(h[1])).join(''));
      else lines.push(decodeHex(op[2]));
    }
  }
  return lines;
}

/** All text of a PDF, its text operators concatenated (wrapped lines keep their trailing space): for `toContain`. */
export function pdfText(bytes: Uint8Array): string {
  return pdfTextLines(bytes).join('');
}
