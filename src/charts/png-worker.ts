// One thread of png-threads.ts: each job it is sent rasterised and written as PNG; the answer
// says what went wrong, if anything. Run by Node itself (no bundler): imports name their .ts
// files and types are imported as types.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { CHART_PNG_SCALE, svgToPng } from './png.ts';
import type { PngJob, PngReply } from './png-threads.ts';

const port = parentPort!;
port.on('message', (job: PngJob) => {
  let reply: PngReply = {};
  try {
    const png = svgToPng(job.svg, CHART_PNG_SCALE);
    mkdirSync(dirname(job.png), { recursive: true });
    writeFileSync(job.png, png);
  } catch (e) {
    reply = { error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
