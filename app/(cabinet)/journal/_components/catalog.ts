import journal from "@/lib/i18n/messages/journal";

type Tree = { [k: string]: string | Tree };

/** Dotted paths of the string leaves of a message tree: the actions the journal can name. */
function leaves(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [prefix + k] : leaves(v, `${prefix}${k}.`),
  );
}

export const KNOWN_ACTIONS = leaves(journal.ru.action as Tree);
export const KNOWN_OBJECT_TYPES = Object.keys(journal.ru.object);

export function isKnownAction(action: string): boolean {
  return KNOWN_ACTIONS.includes(action);
}
export function isKnownObjectType(type: string): boolean {
  return KNOWN_OBJECT_TYPES.includes(type);
}
export function isKnownField(field: string): boolean {
  return Object.hasOwn(journal.ru.field, field);
}
