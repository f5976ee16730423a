// Ids in URLs are claims: anything that is not a UUID is answered like an unknown id (404),
// before it reaches PostgreSQL (where a malformed uuid would be a 500).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
