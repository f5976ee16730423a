// How a cashbox's model and serial number are compared for the service-wide uniqueness
// (CashboxSerial): «АТОЛ 30Ф» and «атол  30ф» are one model, «00 1234» and «001234» one serial.

/** Trimmed, inner whitespace removed, upper case. */
export function normalizeSerial(serial: string): string {
  return serial.replace(/\s+/g, "").toUpperCase();
}

/** Trimmed, runs of whitespace collapsed to one space, lower case. */
export function normalizeModel(model: string): string {
  return model.trim().replace(/\s+/g, " ").toLowerCase();
}
