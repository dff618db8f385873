// Runs pdfjs off the main thread (pdfjs is ESM-only and has no real worker in Node) and posts each
// page's positioned text items back; plain .mjs so the real import() survives ts-jest and esbuild.
import { fileURLToPath, URL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const pdfjsUrl = import.meta.resolve('pdfjs-dist/legacy/build/pdf.mjs');
const { getDocument, Util } = await import(pdfjsUrl);

/** Pages this worker reads: all of them, or its half when a long document is shared by two. */
function rangeOf(pages) {
  const { part, parts, splitAbove } = workerData;
  if (parts === 1 || pages <= splitAbove) return part === 0 ? [1, pages] : [1, 0];
  const middle = Math.ceil(pages / 2);
  return part === 0 ? [1, middle] : [middle + 1, pages];
}

function post(message, transfer) {
  parentPort.postMessage(message, transfer);
}

async function run() {
  const doc = await getDocument({
    data: new Uint8Array(workerData.data),
    password: '',
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    cMapUrl: fileURLToPath(new URL('../../cmaps/', pdfjsUrl)),
    cMapPacked: true,
    standardFontDataUrl: fileURLToPath(new URL('../../standard_fonts/', pdfjsUrl)),
  }).promise;
  try {
    post({ type: 'opened', pages: doc.numPages });
    const [first, last] = rangeOf(doc.numPages);
    for (let number = first; number <= last; number += 1) {
      try {
        const page = await doc.getPage(number);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent({ disableNormalization: false });
        const texts = [];
        const geometry = [];
        for (const item of content.items) {
          if (!('str' in item) || item.str.trim() === '') continue;
          // Viewport space: origin top left, y downwards, the page's /Rotate already applied.
          const [a, b, c, d, e, f] = Util.transform(viewport.transform, item.transform);
          texts.push(item.str);
          // x, baseline y, width, font height, and whether the text runs left to right horizontally.
          const horizontal = Math.abs(b) < 1e-6 && a > 0 ? 1 : 0;
          geometry.push(e, f, item.width, Math.hypot(c, d) || item.height, horizontal);
        }
        page.cleanup();
        const numbers = new Float64Array(geometry);
        const message = {
          type: 'page',
          page: number,
          width: viewport.width,
          texts,
          geometry: numbers,
        };
        post(message, [numbers.buffer]);
      } catch (error) {
        // One damaged page should not lose the rest of the pack.
        const message = String(error?.message ?? error);
        post({
          type: 'page',
          page: number,
          width: 0,
          texts: [],
          geometry: new Float64Array(0),
          error: message,
        });
      }
    }
    post({ type: 'done' });
  } finally {
    await doc.destroy();
  }
}

run().catch((error) => {
  post({ type: 'failed', name: error?.name ?? 'Error', message: String(error?.message ?? error) });
});
