/** A valid template pack of about `bytes` UTF-8 bytes (long Chinese descriptions), to try the add-in's storage limits. */
import { BUILTIN_PACK } from "../../src/core/templates/builtin-pack";

export function bigPackJson(bytes: number, id = "test.big-pack"): string {
  const base = BUILTIN_PACK.types[0];
  const ind = base.indicators[0];
  const long = (n: number, seed: number) => Array.from({ length: n }, (_, i) => "绩效目标指标说明内容"[(i + seed) % 10]).join("");
  const types = [];
  for (let t = 0; t < 100; t++) {
    types.push({
      ...base,
      id: `big-${t}`,
      name: `大模板${t}`,
      description: long(200, t),
      indicators: Array.from({ length: 40 }, (_, i) => ({
        ...ind,
        name: `${long(30, i)}${t}-${i}`,
        description: long(80, i + t),
        basis: long(40, i),
      })),
    });
    const json = JSON.stringify({ ...BUILTIN_PACK, id, name: "大模板包", types });
    if (Buffer.byteLength(json) >= bytes) return json;
  }
  throw new Error(`a pack cannot reach ${bytes} bytes`);
}
