// The benchmark's pages are served as a static host serves them: gzip for text, no caching
// headers (every load is a cold one).
import { serve as serveStatic } from '../static-server.ts';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serve(root: string): Promise<Served> {
  const s = await serveStatic(root, { gzip: true });
  return { url: s.origin, close: s.close };
}
