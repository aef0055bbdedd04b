import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { constants, inflateSync } from 'node:zlib';
import { CvReadError, ProfileErrorCodes } from './profiles.errors';

export interface PdfTextLimits {
  /** The worker is terminated after this long (parse of every page included). */
  timeoutMs: number;
  /** V8 old-generation heap of the worker; going past it ends the worker, not the API. */
  maxOldGenerationSizeMb: number;
  /** Pages read at most (a CV has a few). */
  maxPages: number;
  /** Characters of text kept at most. */
  maxChars: number;
  /**
   * Most the process's resident memory may grow while this worker runs. resourceLimits bound only the V8 heap, not
   * ArrayBuffer memory (where pdfjs inflates streams), so a watchdog polls RSS and terminates the worker past this.
   */
  maxRssGrowthMb: number;
  /** Most all FlateDecode streams of the file may inflate to in the pre-check (main thread, zlib with an output cap). */
  maxInflatedMb: number;
}

export const PDF_TEXT_LIMITS: PdfTextLimits = {
  timeoutMs: 15_000,
  maxOldGenerationSizeMb: 192,
  maxPages: 30,
  maxChars: 200_000,
  maxRssGrowthMb: 256,
  maxInflatedMb: 64,
};
/** How often the memory watchdog looks. */
const WATCH_MS = 20;
/** PDF workers running at once in this process; further uploads wait their turn. */
const MAX_CONCURRENT = 2;

export interface PdfText {
  text: string;
  pages: number;
}

type WorkerReply = { ok: true; text: string; pages: number } | { ok: false; name: string; message: string };

/**
 * Runs in a worker thread (plain JavaScript, evaluated as CommonJS). pdfjs-dist is ESM only, so it is loaded with a
 * native dynamic import() here, outside any bundler or test runner's module system. No eval, no fonts, no network.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  try {
    const pdfjs = await import(workerData.moduleUrl);
    const task = pdfjs.getDocument({
      data: workerData.data,
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      enableXfa: false,
      useWorkerFetch: false,
      isOffscreenCanvasSupported: false,
    });
    const doc = await task.promise;
    const pages = Math.min(doc.numPages, workerData.maxPages);
    let text = '';
    for (let n = 1; n <= pages && text.length < workerData.maxChars; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (typeof item.str === 'string') text += item.str + (item.hasEOL ? '\\n' : ' ');
      }
      text += '\\n';
      page.cleanup();
    }
    await doc.destroy();
    parentPort.postMessage({ ok: true, text: text.slice(0, workerData.maxChars), pages: doc.numPages });
  } catch (error) {
    parentPort.postMessage({ ok: false, name: String((error && error.name) || 'Error'), message: String((error && error.message) || error) });
  }
})();
`;

let moduleUrl: string | undefined;

/** file:// URL of pdfjs-dist's Node build, resolved from this package (works from sources and from dist/server). */
function pdfjsUrl(): string {
  moduleUrl ??= pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
  return moduleUrl;
}

let running = 0;
const waiting: Array<() => void> = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * The text of a PDF, parsed by pdfjs-dist in a separate worker thread with its own heap limit, a memory watchdog and a
 * deadline, so a hostile or broken file can neither exhaust the API's memory nor block its event loop; Flate "bombs"
 * are refused before parsing. The worker gets a copy of the bytes and an empty environment (no secrets). Throws
 * {@link CvReadError}: `cv_encrypted` for password-protected files, `cv_unpacked_too_large` for a bomb, `cv_unreadable`
 * for anything else that fails.
 */
export async function readPdfText(data: Buffer, limits: Partial<PdfTextLimits> = {}): Promise<PdfText> {
  const options = { ...PDF_TEXT_LIMITS, ...limits };
  checkFlateStreams(data, options.maxInflatedMb * 1024 * 1024);
  return slot(() => runWorker(data, options));
}

/**
 * Refuses a "PDF bomb" before any parsing: inflates every stream whose filter starts with FlateDecode (the usual
 * bomb) with zlib, capped at the remaining budget, and throws `cv_unpacked_too_large` when together they exceed it.
 * Other filters and broken streams are left to pdfjs (and the worker's memory watchdog).
 */
export function checkFlateStreams(data: Buffer, budget: number): void {
  const text = data.toString('latin1');
  const keyword = /(?:^|[^d])stream\r?\n/g;
  let used = 0;
  let match: RegExpExecArray | null;
  while ((match = keyword.exec(text)) !== null) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const dictionary = text.slice(Math.max(0, match.index - 512), match.index);
    // The last /Filter before the stream keyword belongs to this stream's dictionary (or, when it has none, to an
    // earlier object: then inflating fails and the stream is skipped).
    const filter = [...dictionary.matchAll(/\/Filter\s*\[?\s*\/(\w+)/g)].pop();
    keyword.lastIndex = end + 'endstream'.length;
    if (filter?.[1] !== 'FlateDecode') continue;
    try {
      used += inflateSync(data.subarray(start, end), { maxOutputLength: Math.max(1, budget - used), finishFlush: constants.Z_SYNC_FLUSH }).length;
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        throw new CvReadError(ProfileErrorCodes.unpackedTooLarge, 'The PDF unpacks to more than Kring reads');
      }
      // Not valid zlib data: pdfjs decides (usually "cannot be read").
    }
  }
}

function runWorker(data: Buffer, limits: PdfTextLimits): Promise<PdfText> {
  return new Promise<PdfText>((resolve, reject) => {
    const bytes = new Uint8Array(data);
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      env: {},
      // Not the parent's flags (e.g. -r @swc-node/register, which would make every parse seconds slower).
      execArgv: [],
      stdout: true,
      stderr: true,
      workerData: { moduleUrl: pdfjsUrl(), data: bytes, maxPages: limits.maxPages, maxChars: limits.maxChars },
      transferList: [bytes.buffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    // pdfjs may print warnings: drop them rather than let them reach the API's log.
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watchdog);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => finish(() => reject(new CvReadError(ProfileErrorCodes.unreadable, 'Reading the PDF took too long'))),
      limits.timeoutMs,
    );
    const baseline = process.memoryUsage.rss();
    const watchdog = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > limits.maxRssGrowthMb * 1024 * 1024) {
        finish(() => reject(new CvReadError(ProfileErrorCodes.unreadable, 'Reading the PDF needed too much memory')));
      }
    }, WATCH_MS);
    worker.once('message', (reply: WorkerReply) =>
      finish(() => {
        if (reply.ok) resolve({ text: reply.text, pages: reply.pages });
        else if (reply.name === 'PasswordException') reject(new CvReadError(ProfileErrorCodes.encrypted, 'The PDF is password-protected'));
        else reject(new CvReadError(ProfileErrorCodes.unreadable, 'The PDF cannot be read'));
      }),
    );
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY), a crash, or an exit without reply.
    worker.once('error', () => finish(() => reject(new CvReadError(ProfileErrorCodes.unreadable, 'The PDF cannot be read'))));
    worker.once('exit', () => finish(() => reject(new CvReadError(ProfileErrorCodes.unreadable, 'The PDF cannot be read'))));
  });
}
