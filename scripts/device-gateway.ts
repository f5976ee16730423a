// npm run device-gateway — the device API (/api/device/v1) as its own process on a bare node:http
// server (lib/device/gateway.ts): DEVICE_GATEWAY_PORT (default 3100), DATABASE_URL as for the cabinet.
// It binds where the cabinet does (KASSA_BIND / HOST; `npm start` in demo mode: 127.0.0.1).
import { DEVICE_ROUTES } from "@/app/api/device/v1/routes";
import { createDeviceGateway } from "@/lib/device/gateway";

const port = Number(process.env.DEVICE_GATEWAY_PORT ?? process.env.PORT ?? 3100);
const host = process.env.KASSA_BIND ?? process.env.HOST;
const server = createDeviceGateway(DEVICE_ROUTES);
server.on("error", (e: NodeJS.ErrnoException) => {
  const why =
    e.code === "EADDRINUSE"
      ? `port ${port} is in use by another program; set DEVICE_GATEWAY_PORT to a free port, or KASSA_DEVICE_GATEWAY=0 to serve the device API from the cabinet only`
      : e.code === "EACCES"
        ? `no permission to listen on port ${port}; choose a port above 1023 with DEVICE_GATEWAY_PORT`
        : e.message;
  console.error(`[device-gateway] cannot start: ${why}`);
  process.exit(1);
});
server.listen(port, host, () =>
  console.log(`[device-gateway] http://${host ?? "localhost"}:${port}/api/device/v1`),
);
for (const sig of ["SIGINT", "SIGTERM"] as const)
  process.once(sig, () => server.close(() => process.exit(0)));
