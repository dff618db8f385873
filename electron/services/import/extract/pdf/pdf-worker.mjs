// Runs pdfjs off the main thread (pdfjs is ESM-only and has no real worker in Node) and posts each
// page's positioned text items back; plain .mjs so the real import() survives ts-jest and esbuild.
import { fileURLToPath, URL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

// The minified builds: the same code, about 20 MB less memory per worker once compiled.
const pdfjsUrl = import.meta.resolve('pdfjs-dist/legacy/build/pdf.min.mjs');
// pdfjs's legacy build swaps Array.prototype.push for a core-js version, in pdf.mjs and again in
// pdf.worker.mjs, wherever V8 lets a push past a frozen length (Node 20 does); it costs about a
// fifth of the reading time. pdfjs never pushes onto a frozen array, so once both have loaded (the
// engine loaded here rather than lazily by getDocument) this thread gets the native push back.
const nativePush = Array.prototype.push;
const [{ getDocument, Util }] = await Promise.all([
  import(pdfjsUrl),
  import(import.meta.resolve('pdfjs-dist/legacy/build/pdf.worker.min.mjs')),
]);
Object.defineProperty(Array.prototype, 'push', {
  value: nativePush,
  writable: true,
  configurable: true,
  enumerable: false,
});

/** The next page no worker reading this file has taken yet, or 0 when none is left. */
const nextPage = new Int32Array(workerData.nextPage);
function takePage(pages) {
  const number = Atomics.add(nextPage, 0, 1) + 1;
  return number <= pages ? number : 0;
}

function post(message, transfer) {
  parentPort.postMessage(message, transfer);
}

async function postPage(doc, number) {
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
    const message = { type: 'page', page: number, width: viewport.width, texts, geometry: numbers };
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
    // Pages are taken one at a time from the shared counter, so a worker that started later or
    // drew lighter pages simply reads more of them.
    for (let number = takePage(doc.numPages); number > 0; number = takePage(doc.numPages)) {
      await postPage(doc, number);
    }
    post({ type: 'done' });
  } finally {
    await doc.destroy();
  }
}

run().catch((error) => {
  post({ type: 'failed', name: error?.name ?? 'Error', message: String(error?.message ?? error) });
});
