// One thread of png-threads.ts: each job it is sent rasterised and written as PNG; the answer
// says what went wrong, if anything. Run by Node itself (no bundler): imports name their .ts
// files and types are imported as types.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { CHART_PNG_SCALE, svgToPng } from './png.ts';
import type { PngJob, PngReply } from './png-threads.ts';

// resvg's drawing of a chart (megabytes of pixels) is freed only when the garbage collector
// finalises its object, and a thread that allocates next to nothing in JavaScript seldom
// collects: hundreds of megabytes piled up over a large site's charts. So the thread collects
// every few charts.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const COLLECT_EVERY = 10;

const port = parentPort!;
let drawn = 0;
port.on('message', (job: PngJob) => {
  let reply: PngReply = {};
  try {
    const png = svgToPng(job.svg, CHART_PNG_SCALE);
    mkdirSync(dirname(job.png), { recursive: true });
    writeFileSync(job.png, png);
  } catch (e) {
    reply = { error: e instanceof Error ? e.message : String(e) };
  }
  if (++drawn % COLLECT_EVERY === 0) collect();
  port.postMessage(reply);
});
