/**
 * A part longer than the 1 MB the reader decodes at a time reads as one decoder reads it whole: characters cut
 * at the boundary, a byte-order mark at the start, U+FEFF and broken bytes at the boundary.
 */
import { parseXml } from "../../src/xlsx/xml";

const MB = 1 << 20;
const enc = new TextEncoder();

function textOf(bytes: Uint8Array): string {
  let out = "";
  parseXml(bytes, { path: "t.xlsx", part: "p.xml" }, { open: () => undefined, text: (t) => (out += t) });
  return out;
}

/** `<r>` + filler + `middle` (its bytes starting `shift` bytes before the 1 MB mark) + `</r>`. */
function part(middle: Uint8Array, shift: number, bom = false): Uint8Array {
  const head = enc.encode(`${bom ? "\uFEFF" : ""}<r>`);
  const filler = enc.encode("x".repeat(MB - head.length - shift));
  const tail = enc.encode("尾</r>");
  const out = new Uint8Array(head.length + filler.length + middle.length + tail.length);
  out.set(head);
  out.set(filler, head.length);
  out.set(middle, head.length + filler.length);
  out.set(tail, head.length + filler.length + middle.length);
  return out;
}

const whole = (bytes: Uint8Array) => {
  const s = new TextDecoder().decode(bytes);
  return s.slice(s.indexOf("<r>") + 3, s.lastIndexOf("</r>"));
};

it.each([
  ["a 3-byte character", enc.encode("指标值"), [1, 2, 4]],
  ["a 4-byte character", enc.encode("𠀀𠀁"), [1, 2, 3, 5]],
  ["U+FEFF", enc.encode("\uFEFF\uFEFF"), [0, 1, 3]],
  ["stray continuation bytes", Uint8Array.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x41]), [0, 2, 5]],
  ["a character cut short", Uint8Array.from([0xe4, 0xb8, 0x41, 0xf0, 0x9f, 0x98]), [0, 1, 2, 4, 5]],
])("%s across the 1 MB mark", (_name, middle, shifts) => {
  for (const shift of shifts) {
    for (const bom of [false, true]) {
      const bytes = part(middle, shift, bom);
      expect(textOf(bytes)).toBe(whole(bytes));
    }
  }
});
