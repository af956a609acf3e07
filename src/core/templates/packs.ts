/** The built-in pack and the merge of packs into one list of project types. */
import builtinJson from "./builtin.zh-CN.json";
import { type ProjectType, type TemplatePack, validatePack } from "./schema";

function loadBuiltin(): TemplatePack {
  const r = validatePack(builtinJson);
  if (!r.ok) throw new Error(`built-in template pack is invalid: ${r.errors.join("; ")}`);
  return r.pack;
}

export const BUILTIN_PACK: TemplatePack = loadBuiltin();

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
