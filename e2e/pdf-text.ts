import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF as Chromium (Skia) writes it, page by page, without a PDF library: Type0
 * fonts with Identity-H codes and a ToUnicode map each, content streams compressed with Flate.
 * Enough to check what a printed page says; not a general PDF reader.
 */

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<string, PdfObject> {
  const text = pdf.toString('latin1');
  const out = new Map<string, PdfObject>();
  const head = /(\d+) 0 obj\s*/g;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    const start = m.index + m[0].length;
    const streamAt = text.indexOf('stream', start);
    const endAt = text.indexOf('endobj', start);
    if (streamAt === -1 || streamAt > endAt) {
      out.set(m[1]!, { dict: text.slice(start, endAt), stream: null });
      continue;
    }
    const dict = text.slice(start, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const dataAt = streamAt + 'stream'.length + (text[streamAt + 6] === '\r' ? 2 : 1);
    const raw = pdf.subarray(dataAt, dataAt + length);
    out.set(m[1]!, { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
    head.lastIndex = dataAt + length;
  }
  return out;
}

const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');

/** A ToUnicode CMap's `bfchar` and `bfrange` entries: glyph code → text. */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(parseInt(code!, 16), utf16(text!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g);
    for (const [, lo, hi, first] of ranges) {
      const base = parseInt(first!, 16);
      for (let code = parseInt(lo!, 16); code <= parseInt(hi!, 16); code++) {
        map.set(code, String.fromCharCode(base + code - parseInt(lo!, 16)));
      }
    }
  }
  return map;
}

const ref = (dict: string, key: string) => new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1];

/** One string per page, in page order; lines (each text positioning) on their own line. */
export function pdfPages(pdf: Buffer): string[] {
  const all = objects(pdf);
  const cmaps = new Map<string, Map<number, string>>();
  const cmapOf = (fontId: string) => {
    if (!cmaps.has(fontId)) {
      const id = ref(all.get(fontId)?.dict ?? '', 'ToUnicode');
      cmaps.set(fontId, toUnicode(id ? (all.get(id)?.stream?.toString('latin1') ?? '') : ''));
    }
    return cmaps.get(fontId)!;
  };
  const pages = [...all.values()].filter((o) => /\/Type \/Page\b(?!s)/.test(o.dict));
  return pages.map((page) => {
    const fonts = new Map(
      [...(/\/Font <<([^>]*)>>/.exec(page.dict)?.[1] ?? '').matchAll(/\/(\S+) (\d+) 0 R/g)].map(
        ([, name, id]) => [name!, id!],
      ),
    );
    const content = all.get(ref(page.dict, 'Contents') ?? '')?.stream?.toString('latin1') ?? '';
    let cmap = new Map<number, string>();
    let text = '';
    for (const [op] of content.matchAll(/\/\S+ [\d.]+ Tf|<[0-9A-Fa-f]*>|\bT[m*]\b|\bBT\b/g)) {
      if (op.endsWith('Tf')) cmap = cmapOf(fonts.get(op.slice(1, op.indexOf(' '))) ?? '');
      else if (op.startsWith('<')) {
        for (let i = 1; i + 4 <= op.length - 1; i += 4) {
          text += cmap.get(parseInt(op.slice(i, i + 4), 16)) ?? '';
        }
      } else text += '\n';
    }
    // Chromium draws "fi" as one ligature glyph: compare with what the page said.
    return text.normalize('NFKC');
  });
}
