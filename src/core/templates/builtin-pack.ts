/** The built-in pack, on its own: the task pane loads it when it lists the packs, not with the pane. */
import builtinJson from "./builtin.zh-CN.json";
import { type TemplatePack, validatePack } from "./schema";

function loadBuiltin(): TemplatePack {
  const r = validatePack(builtinJson);
  if (!r.ok) throw new Error(`built-in template pack is invalid: ${r.errors.join("; ")}`);
  return r.pack;
}

export const BUILTIN_PACK: TemplatePack = loadBuiltin();
