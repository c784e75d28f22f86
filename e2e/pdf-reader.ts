import type { Browser } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist';

/**
 * Reads a PDF with Mozilla's pdf.js (pdfjs-dist) inside Chromium: the text of every page, each
 * page's size, and page 1 rendered to a PNG. pdf.js draws on a canvas, which the browser has and
 * Node has not. Its built modules and the PDF are served from node_modules through a route on a
 * made-up origin: nothing leaves the machine.
 */

export interface PdfPage {
  /** The text items in reading order; an item that ends a line is followed by a newline. */
  text: string;
  /** In PDF points (1/72 inch). */
  width: number;
  height: number;
}

export interface PdfReading {
  pages: PdfPage[];
  /** Page 1 as pdf.js draws it, at `scale` pixels per point. */
  pageOne: { png: Buffer; width: number; height: number; darkPixelsInTopFifth: number };
}

const ORIGIN = 'http://pdfjs.invalid';
const BUILD = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.mjs'));
const PAGE = `<!doctype html><meta charset="utf-8"><body><script type="module">
import * as pdfjs from '/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
window.pdfjsLib = pdfjs;
</script></body>`;

type PdfJs = typeof PdfJsModule;

export async function readPdf(browser: Browser, pdf: Buffer, scale = 1.5): Promise<PdfReading> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route(`${ORIGIN}/**`, async (route) => {
      const name = new URL(route.request().url()).pathname;
      if (name === '/') return route.fulfill({ contentType: 'text/html', body: PAGE });
      if (name === '/sheet.pdf')
        return route.fulfill({ contentType: 'application/pdf', body: pdf });
      if (name === '/pdf.mjs' || name === '/pdf.worker.mjs') {
        const body = await readFile(path.join(BUILD, name));
        return route.fulfill({ contentType: 'text/javascript', body });
      }
      return route.fulfill({ status: 404 });
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => 'pdfjsLib' in window);
    const read = await page.evaluate(async (pixelsPerPoint) => {
      const pdfjs = (window as unknown as { pdfjsLib: PdfJs }).pdfjsLib;
      const doc = await pdfjs.getDocument({ url: '/sheet.pdf' }).promise;
      const pages = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const p = await doc.getPage(n);
        const { items } = await p.getTextContent();
        const text = items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('');
        const { width, height } = p.getViewport({ scale: 1 });
        pages.push({ text, width, height });
      }
      const first = await doc.getPage(1);
      const viewport = first.getViewport({ scale: pixelsPerPoint });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await first.render({ canvas, viewport }).promise;
      // A blank or failed rendering has no ink where the sheet's title is printed.
      const top = canvas
        .getContext('2d')!
        .getImageData(0, 0, canvas.width, Math.floor(canvas.height / 5)).data;
      let dark = 0;
      for (let i = 0; i < top.length; i += 4) {
        if (top[i]! + top[i + 1]! + top[i + 2]! < 3 * 96 && top[i + 3]! > 0) dark++;
      }
      await doc.destroy();
      return {
        pages,
        png: canvas.toDataURL('image/png').split(',')[1]!,
        width: canvas.width,
        height: canvas.height,
        dark,
      };
    }, scale);
    return {
      pages: read.pages,
      pageOne: {
        png: Buffer.from(read.png, 'base64'),
        width: read.width,
        height: read.height,
        darkPixelsInTopFifth: read.dark,
      },
    };
  } finally {
    await context.close();
  }
}
