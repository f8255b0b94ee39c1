// A .docx rebuilt with some parts replaced, for tests of the container limits (decompression
// bombs): entries are deflated here, and a part may declare a size other than its own.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { zipEntries } from '../../src/convert/zip.ts';

export interface Part {
  data: Buffer;
  /** The uncompressed size written in the headers, when it should lie. */
  declare?: number;
}

/** The names of the parts of a container. */
export const partNames = (base: Uint8Array): string[] => zipEntries(base)!.map((e) => e.name);

export function rezip(base: Uint8Array, replace: Record<string, Part>): Buffer {
  const b = Buffer.from(base);
  const parts = zipEntries(b)!.map((e) => {
    const start = e.headerOffset + 30 + b.readUInt16LE(e.headerOffset + 26) + b.readUInt16LE(e.headerOffset + 28);
    const raw = b.subarray(start, start + e.compressedSize);
    return { name: e.name, part: replace[e.name] ?? { data: e.method === 8 ? inflateRawSync(raw) : raw } };
  });
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, part } of parts) {
    const nameBytes = Buffer.from(name);
    const packed = deflateRawSync(part.data, { level: 1 });
    const size = part.declare ?? part.data.length;
    const crc = crc32(part.data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    local.push(header, nameBytes, packed);
    central.push(dir, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}

/** word/document.xml of `base` with `bytes` of repeated paragraphs added to its body. */
export function paragraphBomb(base: Uint8Array, bytes: number): Buffer {
  const doc = inflatedPart(base, 'word/document.xml').toString();
  const at = doc.indexOf('<w:body>') + '<w:body>'.length;
  const para = '<w:p><w:r><w:t>Tỷ lệ phụ nữ đẻ được khám thai đạt 95%. </w:t></w:r></w:p>';
  return Buffer.concat([Buffer.from(doc.slice(0, at)), Buffer.from(para.repeat(Math.ceil(bytes / Buffer.byteLength(para)))), Buffer.from(doc.slice(at))]);
}

function inflatedPart(base: Uint8Array, name: string): Buffer {
  const b = Buffer.from(base);
  const e = zipEntries(b)!.find((x) => x.name === name)!;
  const start = e.headerOffset + 30 + b.readUInt16LE(e.headerOffset + 26) + b.readUInt16LE(e.headerOffset + 28);
  const raw = b.subarray(start, start + e.compressedSize);
  return e.method === 8 ? inflateRawSync(raw) : raw;
}
