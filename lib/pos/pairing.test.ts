import { describe, expect, it } from "vitest";
import { formatPairing, parsePairing } from "./pairing";

describe("pairing string", () => {
  const pairing = {
    token: "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_",
    key: "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq8M",
  };
  it("round-trips", () => {
    expect(parsePairing(formatPairing(pairing))).toEqual(pairing);
    expect(parsePairing(`  ${formatPairing(pairing)}\n`)).toEqual(pairing);
  });
  it("refuses other text", () => {
    expect(parsePairing(pairing.token)).toBeNull();
    expect(parsePairing("kassa-pos:1?t=short&k=x")).toBeNull();
    expect(parsePairing("https://example.com")).toBeNull();
  });
});
