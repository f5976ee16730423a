// GET /api/device/v1/cashbox – start-up sync: states, requisites, shift, cash, journal head, server time
import { deviceJson, withDevice } from "@/lib/http/with-device";
import { getCashboxInfo } from "@/lib/device/queries";

export const GET = withDevice(async (_req, dev) => deviceJson(await getCashboxInfo(dev.cashbox, dev.now)));
