import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical";
import { cashOperationContent } from "./content";
import { fiscalSignOf, GENESIS_HASH, hashOf, requestHashOf, sealContent } from "./sign";

const key = Buffer.alloc(32, 7);

describe("canonical JSON", () => {
  it("sorts keys, drops undefined, keeps arrays in order", () => {
    expect(canonicalJson({ b: 1, a: [3, { d: null, c: "x" }], u: undefined })).toBe(
      '{"a":[3,{"c":"x","d":null}],"b":1}',
    );
    expect(canonicalJson({ я: 1, z: 2, A: 3 })).toBe('{"A":3,"z":2,"я":1}');
  });
  it("refuses values that have no single canonical text", () => {
    expect(() => canonicalJson({ a: 1n })).toThrow();
    expect(() => canonicalJson(Number.NaN)).toThrow();
  });
});

describe("fiscal sign and hash chain", () => {
  it("makes a 10-digit sign from the first 4 bytes of the HMAC", () => {
    const sign = fiscalSignOf(key, '{"a":1}');
    expect(sign).toMatch(/^\d{10}$/);
    expect(Number(sign)).toBeLessThan(2 ** 32);
    expect(fiscalSignOf(key, '{"a":1}')).toBe(sign);
    expect(fiscalSignOf(Buffer.alloc(32, 8), '{"a":1}')).not.toBe(sign);
    expect(fiscalSignOf(key, '{"a":2}')).not.toBe(sign);
  });

  it("chains documents: every content carries the previous hash", () => {
    const h = (seq: number, prevHash: string) => ({
      cashboxId: "c1",
      type: "cash_deposit" as const,
      seq,
      prevHash,
      createdAt: new Date("2026-03-01T09:00:00Z"),
      offline: false,
      cashierId: "m1",
    });
    const first = sealContent(key, cashOperationContent(h(1, GENESIS_HASH), 1000));
    const second = sealContent(key, cashOperationContent(h(2, first.hash), 500));
    expect(second.hash).toBe(hashOf(second.canonical));
    // changing the first document changes its hash, so the second no longer links to it
    const forged = sealContent(key, cashOperationContent(h(1, GENESIS_HASH), 100000));
    expect(forged.hash).not.toBe(first.hash);
    expect(GENESIS_HASH).toBe("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
  });

  it("hashes requests independently of key order", () => {
    expect(requestHashOf({ a: 1, b: [1, 2] })).toBe(requestHashOf({ b: [1, 2], a: 1 }));
    expect(requestHashOf({ a: 1 })).not.toBe(requestHashOf({ a: 2 }));
  });
});
