// Limits on what a .docx (a ZIP container) may unpack to, checked before anything parses it: a
// 2 MB file can hold gigabytes of repeated XML (a decompression bomb). A real plan's
// document.xml is a few MB at most, and its images a few MB each.
import { inflateRawSync } from 'node:zlib';

/** The most one entry of the container may unpack to. */
export const MAX_ENTRY_BYTES = 32 * 1024 * 1024;
/** The most all entries together may unpack to. */
export const MAX_TOTAL_BYTES = 96 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As declared by the central directory; Infinity when it does not fit in 32 bits (ZIP64). */
  size: number;
  headerOffset: number;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** The entries of a ZIP's central directory, or null when there is none to read (a damaged file). */
export function zipEntries(b: Uint8Array): ZipEntry[] | null {
  // The end-of-central-directory record is in the last 22 + 65,535 bytes (the comment's length).
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(b, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(b, end + 10);
  let at = u32(b, end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) return null;
    const nameLen = u16(b, at + 28);
    const extraLen = u16(b, at + 30);
    const commentLen = u16(b, at + 32);
    const declared = u32(b, at + 24);
    entries.push({
      name: new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLen)),
      method: u16(b, at + 10),
      compressedSize: u32(b, at + 20),
      size: declared === 0xffffffff ? Infinity : declared,
      headerOffset: u32(b, at + 42),
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** What is wrong with the sizes of a container's entries, or null when they are within the limits. */
export function zipSizeProblem(b: Uint8Array): string | null {
  const entries = zipEntries(b);
  if (!entries) return null; // the reader reports a damaged file
  const mb = (n: number) => (n === Infinity ? 'over 4 GB' : `${(n / 1024 / 1024).toFixed(1)} MB`);
  let total = 0;
  for (const e of entries) {
    if (e.size > MAX_ENTRY_BYTES) return `its part "${e.name}" unpacks to ${mb(e.size)}, over the limit of ${mb(MAX_ENTRY_BYTES)} for one part`;
    total += e.size;
    if (total > MAX_TOTAL_BYTES) return `its parts unpack to more than ${mb(MAX_TOTAL_BYTES)} together`;
  }
  // The declared sizes may lie: unpack each part, stopping at the limit, and compare.
  let actual = 0;
  for (const e of entries) {
    const data = entryData(b, e);
    if (!data) continue;
    let size: number;
    try {
      size = e.method === 0 ? data.length : inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES }).length;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return `its part "${e.name}" unpacks to more than ${mb(MAX_ENTRY_BYTES)}, although it declares ${mb(e.size)}`;
      continue; // corrupt data: the reader reports a damaged file
    }
    if (size !== e.size) return `its part "${e.name}" unpacks to ${size} bytes, but declares ${e.size}: the container is forged or damaged`;
    actual += size;
    if (actual > MAX_TOTAL_BYTES) return `its parts unpack to more than ${mb(MAX_TOTAL_BYTES)} together`;
  }
  return null;
}

/** The stored bytes of an entry (method 0 stored, 8 deflated), or null when they cannot be found. */
function entryData(b: Uint8Array, e: ZipEntry): Uint8Array | null {
  const at = e.headerOffset;
  if (e.method !== 0 && e.method !== 8) return null;
  if (at + 30 > b.length || u32(b, at) !== 0x04034b50) return null;
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  if (start + e.compressedSize > b.length) return null;
  return b.subarray(start, start + e.compressedSize);
}
