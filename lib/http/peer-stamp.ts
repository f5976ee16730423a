// Stamps every incoming HTTP request with its socket address (see lib/http/client-ip.ts). Installed
// once per server process from instrumentation.ts; a client-sent copy of the header is overwritten,
// and one that slipped in before the stamp was installed does not carry the process's token.
import { randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { PEER_HEADER, peerToken, setPeerToken } from "./client-ip";

export function installPeerStamp() {
  if (peerToken()) return;
  const token = randomBytes(24).toString("hex");
  setPeerToken(token);
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit as (
      this: unknown,
      event: string | symbol,
      ...args: unknown[]
    ) => boolean;
    Server.prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const req = args[0] as http.IncomingMessage;
        req.headers[PEER_HEADER] = `${token} ${req.socket?.remoteAddress ?? ""}`;
      }
      return emit.call(this, event, ...args);
    } as typeof Server.prototype.emit;
  }
}
