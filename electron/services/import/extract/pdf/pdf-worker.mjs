// Runs MuPDF (WebAssembly, ESM only) off the main thread and posts each page's structured text as
// MuPDF's JSON; plain .mjs so the real import() survives ts-jest and esbuild, and so cancelling or
// a time limit can stop a long page at once by terminating the thread.
import { parentPort, workerData } from 'node:worker_threads';

const mupdf = await import('mupdf');

/** MuPDF's warnings while it reads (a repaired cross-reference table, a broken stream). */
const problems = [];
mupdf.setLog({
  warning: (message) => problems.push(String(message)),
  error: (message) => problems.push(String(message)),
});

/** The next page no worker reading this file has taken yet, or 0 when none is left. */
const nextPage = new Int32Array(workerData.nextPage);
function takePage(pages) {
  const number = Atomics.add(nextPage, 0, 1) + 1;
  return number <= pages ? number : 0;
}

function post(message) {
  parentPort.postMessage(message);
}

/** Whether any of the first pages holds a character: decides "looks scanned" before a page limit. */
function anyTextIn(doc, pages) {
  for (let index = 0; index < pages; index += 1) {
    const page = doc.loadPage(index);
    try {
      if (page.toStructuredText().asText().trim() !== '') return true;
    } finally {
      page.destroy();
    }
  }
  return false;
}

function postPage(doc, number) {
  const before = problems.length;
  try {
    const page = doc.loadPage(number - 1);
    try {
      const [x0, y0, x1, y1] = page.getBounds();
      const text = page.toStructuredText('preserve-whitespace');
      const json = text.asJSON();
      text.destroy();
      const message = { type: 'page', page: number, width: x1 - x0, height: y1 - y0, json };
      if (problems.length > before) message.problem = problems[problems.length - 1];
      post(message);
    } finally {
      page.destroy();
    }
  } catch (error) {
    // One damaged page should not lose the rest of the pack.
    post({ type: 'page', page: number, width: 0, height: 0, json: '', error: String(error) });
  }
}

function run() {
  const { data, maxPages, blankPagesMeanScanned } = workerData;
  let doc;
  try {
    doc = mupdf.Document.openDocument(new Uint8Array(data), 'application/pdf');
  } catch (error) {
    post({ type: 'failed', reason: 'damaged', message: String(error?.message ?? error) });
    return;
  }
  try {
    if (doc.needsPassword()) {
      post({ type: 'failed', reason: 'password', message: 'password' });
      return;
    }
    const pages = doc.countPages();
    if (pages > maxPages) {
      const probe = Math.min(pages, blankPagesMeanScanned);
      const reason = anyTextIn(doc, probe) ? 'too-many-pages' : 'no-text';
      post({ type: 'failed', reason, message: String(pages), pages });
      return;
    }
    post({ type: 'opened', pages, problems: problems.slice() });
    // Pages are taken one at a time from the shared counter, so a worker that started later or
    // drew lighter pages simply reads more of them.
    for (let number = takePage(pages); number > 0; number = takePage(pages)) {
      postPage(doc, number);
    }
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'failed', reason: 'damaged', message: String(error?.message ?? error) });
  } finally {
    doc.destroy();
  }
}

run();
