// Chart SVGs rasterised on worker threads (png-worker.ts) while the main thread goes on: jobs
// are added as they come, each thread takes the next one when it is free, and `done` waits for
// the last. Each job is an SVG and the PNG file to write (png.ts, at CHART_PNG_SCALE): the
// bytes are svgToPng's whichever thread makes them.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface PngJob {
  /** The SVG's text. */
  svg: string;
  /** What names it in an error: its file or site path. */
  name: string;
  /** The PNG file to write (its folder is made if need be). */
  png: string;
}

/** What a thread answers for each job: nothing, or what went wrong. */
export interface PngReply {
  error?: string;
}

/** A thread per core the process may use, or with the main thread busy, per core but its own; at least one. */
export function threadCount(mainBusy = false): number {
  return Math.max(1, availableParallelism() - (mainBusy ? 1 : 0));
}

export interface PngPool {
  add(job: PngJob): void;
  /** Use up to `threads` threads from now on. */
  widen(threads: number): void;
  /** Resolves with the number of PNGs written once every job added is done; rejects at the first failure, naming the job's SVG and what went wrong. */
  done(): Promise<number>;
}

/** A thread and the job it is on. */
interface Thread {
  worker: Worker;
  job?: PngJob;
}

/** A pool of up to `threads` threads, started as jobs come. */
export function pngPool(threads = threadCount()): PngPool {
  let limit = Math.max(1, threads);
  const queue: PngJob[] = [];
  const all: Thread[] = [];
  const idle: Thread[] = [];
  let written = 0;
  let failure: Error | undefined;
  let settle: { resolve: (n: number) => void; reject: (e: Error) => void } | undefined;

  const finish = () => {
    if (!settle || (!failure && (queue.length || idle.length < all.length))) return;
    for (const t of all) void t.worker.terminate();
    if (failure) settle.reject(failure);
    else settle.resolve(written);
  };
  const fail = (job: PngJob | undefined, why: string) => {
    if (failure) return;
    failure = new Error(`${job?.name ?? 'a chart SVG'}: ${why}`);
    queue.length = 0;
    for (const t of all) void t.worker.terminate();
    finish();
  };
  /** The thread's next job, or it waits for one. */
  const next = (t: Thread) => {
    t.job = queue.shift();
    if (t.job) t.worker.postMessage(t.job);
    else idle.push(t);
  };
  const start = () => {
    const t: Thread = { worker: new Worker(new URL('./png-worker.ts', import.meta.url)) };
    all.push(t);
    t.worker.on('message', (reply: PngReply) => {
      if (reply.error !== undefined) return fail(t.job, reply.error);
      written++;
      next(t);
      finish();
    });
    t.worker.on('error', (e: Error) => fail(t.job, `the thread rasterising it failed: ${e.message}`));
    t.worker.on('exit', (code) => {
      if (t.job && code !== 0) fail(t.job, `the thread rasterising it stopped (exit code ${code})`);
    });
    next(t);
  };

  return {
    add(job) {
      if (failure) return;
      queue.push(job);
      const t = idle.pop();
      if (t) next(t);
      else if (all.length < limit) start();
    },
    widen(threads) {
      limit = Math.max(limit, threads);
      while (!failure && queue.length && all.length < limit) start();
    },
    done() {
      return new Promise((resolve, reject) => {
        settle = { resolve, reject };
        finish();
      });
    },
  };
}
