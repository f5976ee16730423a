import type { ItemDto } from "@/lib/nomenclature/dto";

export type ItemRow = ItemDto;

export interface VatOption {
  code: string;
  name: string;
  /** in force today: offered for new values */
  inForce: boolean;
}
