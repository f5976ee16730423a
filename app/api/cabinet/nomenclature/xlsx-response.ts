import { PassThrough, Readable, type Writable } from "node:stream";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function disposition(fileName: string) {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const headers = (fileName: string) => ({
  "Content-Type": XLSX_TYPE,
  "Content-Disposition": disposition(fileName),
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "private, no-store",
});

export function xlsxResponse(fileName: string, bytes: Buffer) {
  return new Response(new Uint8Array(bytes), { headers: headers(fileName) });
}

/**
 * Streams a workbook that `write` produces into the response as it is written. Anything that can
 * answer 404/403 must be checked before calling this: once streaming, the status is 200.
 */
export function streamedXlsxResponse(fileName: string, write: (out: Writable) => Promise<void>) {
  const pass = new PassThrough();
  write(pass).catch((e) => {
    console.error("xlsx stream failed", e);
    pass.destroy(e instanceof Error ? e : new Error(String(e)));
  });
  return new Response(Readable.toWeb(pass) as ReadableStream<Uint8Array>, { headers: headers(fileName) });
}
