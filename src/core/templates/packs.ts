/** The merge of packs into one list of project types (the built-in pack is in ./builtin-pack). */
import type { ProjectType, TemplatePack } from "./schema";

export interface PackedType extends ProjectType {
  packId: string;
  packName: string;
}

/** Types of every pack; a later pack's type replaces an earlier one with the same id (organisations refine the built-ins). */
export function mergePacks(packs: readonly TemplatePack[]): PackedType[] {
  const byId = new Map<string, PackedType>();
  for (const pack of packs) for (const t of pack.types) byId.set(t.id, { ...t, packId: pack.id, packName: pack.name });
  return [...byId.values()];
}
