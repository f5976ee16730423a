// npm run device-gateway — the device API (/api/device/v1) as its own process on a bare node:http
// server (lib/device/gateway.ts): DEVICE_GATEWAY_PORT (default 3100), DATABASE_URL as for the cabinet.
import { createDeviceGateway } from "@/lib/device/gateway";

const port = Number(process.env.DEVICE_GATEWAY_PORT ?? process.env.PORT ?? 3100);
const server = createDeviceGateway();
server.listen(port, () => console.log(`[device-gateway] http://localhost:${port}/api/device/v1`));
for (const sig of ["SIGINT", "SIGTERM"] as const)
  process.once(sig, () => server.close(() => process.exit(0)));
