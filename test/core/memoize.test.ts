import { memoize } from "../../src/core/memoize";

describe("memoize", () => {
  it("computes once per argument, null results included, and starts over at its limit", () => {
    const calls: Array<string | number> = [];
    const f = memoize((k: string | number) => (calls.push(k), k === "空" ? null : `${k}!`), 3);
    expect([f("a"), f("a"), f("空"), f("空"), f(1), f("1")]).toEqual(["a!", "a!", null, null, "1!", "1!"]);
    expect(calls).toEqual(["a", "空", 1, "1"]); // 1 and "1" are different arguments
    f("b"); // past the limit: forgotten, then remembered again
    f("a");
    expect(calls).toEqual(["a", "空", 1, "1", "b", "a"]);
  });
});
