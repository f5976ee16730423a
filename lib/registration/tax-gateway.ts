// How an accepted application reaches the tax authority (ФНС for RU, КГД for KZ). One
// implementation is built in: the simulator (rules in simulator.ts and docs/registration.md), which
// answers through the pg-boss queue "tax-gateway-answer" after KASSA_GATEWAY_DELAY_MS (default
// 3000 ms). A real connector implements TaxGateway and calls applyGatewayAnswer (gateway.ts) when
// the authority answers. Layering: this module → lib/jobs/boss → lib/jobs/registration → ./gateway (no cycle).
import { enqueueGatewayAnswer } from "@/lib/jobs/boss";
import { gatewayDelayMs, type SubmittedCase } from "./gateway";

export interface TaxGateway {
  readonly name: string;
  /** Hand over a SUBMITTED case; must not throw for transient problems (the sweep retries). */
  submit(c: SubmittedCase): Promise<void>;
}

/** The simulator: queue a job that answers after the delay (lib/jobs/registration.ts). */
export const simulatorGateway: TaxGateway = {
  name: "simulator",
  async submit(c) {
    await enqueueGatewayAnswer(c, gatewayDelayMs());
  },
};

export function taxGateway(): TaxGateway {
  return simulatorGateway;
}
