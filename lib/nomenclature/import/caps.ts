// Caps on what an uploaded file may cost to read (issue 14.5): a 2 MB .xlsx can unpack to hundreds of
// megabytes of XML, and a sheet can hold a million rows. Both are checked while reading, so reading
// stops as soon as a cap is passed, with a Russian message the owner can act on.
import zlib from "node:zlib";
import { AppError } from "@/lib/errors/app-error";

export interface ImportCaps {
  /** rows of the sheet, the header included */
  maxRows: number;
  /** bytes of all entries of an .xlsx once unpacked */
  maxUnpackedBytes: number;
}

const MB = 1024 * 1024;

function envInt(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
}

/** KASSA_IMPORT_MAX_ROWS (default 200,000) and KASSA_IMPORT_MAX_UNPACKED_MB (default 256). */
export function importCaps(): ImportCaps {
  return {
    maxRows: envInt("KASSA_IMPORT_MAX_ROWS", 200_000),
    maxUnpackedBytes: envInt("KASSA_IMPORT_MAX_UNPACKED_MB", 256) * MB,
  };
}

export const tooManyRows = (max: number, row: number) =>
  new AppError("VALIDATION_FAILED", {
    messageKey: "nomenclature.fileErrors.tooManyRows",
    field: "file",
    params: { max, row },
  });

export const unpackedTooLarge = (maxBytes: number) =>
  new AppError("VALIDATION_FAILED", {
    messageKey: "nomenclature.fileErrors.unpackedTooLarge",
    field: "file",
    params: { mb: Math.round(maxBytes / MB) },
  });

const broken = () =>
  new AppError("VALIDATION_FAILED", { messageKey: "nomenclature.fileErrors.broken", field: "file" });

interface ZipEntry {
  method: number;
  compressedSize: number;
  declaredSize: number;
  dataStart: number;
}

/** The entries of a zip from its central directory (no ZIP64: an .xlsx under 16 MB never needs it). */
function zipEntries(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw broken();
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw broken();
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const declaredSize = buf.readUInt32LE(at + 24);
    const local = buf.readUInt32LE(at + 42);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw broken();
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (dataStart + compressedSize > buf.length) throw broken();
    entries.push({ method, compressedSize, declaredSize, dataStart });
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/** Inflates one entry, counting; stops (and reports more than `limit`) as soon as `limit` is passed. */
function inflatedBytes(data: Buffer, limit: number): Promise<number> {
  return new Promise((resolve) => {
    const z = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    let n = 0;
    let done = false;
    const finish = (v: number) => {
      if (!done) {
        done = true;
        resolve(v);
      }
    };
    z.on("data", (c: Buffer) => {
      n += c.length;
      if (n > limit) {
        z.destroy();
        finish(n);
      }
    });
    z.on("end", () => finish(n));
    // A broken deflate stream is left to exceljs, which reports the file as unreadable.
    z.on("error", () => finish(n));
    z.end(data);
  });
}

/**
 * Refuses an .xlsx that unpacks to more than `maxBytes`: first by the sizes the zip declares (no work
 * at all for an honest bomb), then by actually unpacking with a counter, because declared sizes can lie.
 * Returns the bytes counted (tests check that unpacking stopped right after the cap).
 */
export async function assertUnpackedSize(bytes: Uint8Array, maxBytes: number): Promise<number> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = zipEntries(buf);
  let declared = 0;
  for (const e of entries) declared += e.declaredSize;
  if (declared > maxBytes) throw unpackedTooLarge(maxBytes);
  let total = 0;
  for (const e of entries) {
    const data = buf.subarray(e.dataStart, e.dataStart + e.compressedSize);
    if (e.method === 0) total += data.length;
    else if (e.method === 8) total += await inflatedBytes(data, maxBytes - total);
    else throw broken();
    if (total > maxBytes) throw Object.assign(unpackedTooLarge(maxBytes), { unpackedBytes: total });
  }
  return total;
}
