/**
 * 200 seeded random layouts combining the options of test/support/layouts (column order, label
 * column, groups, level fills and spellings, value styles, budget and name labels, blank rows,
 * repeated headers, summary fills and subtotal rows), read back through the recogniser. The run
 * prints the measured shares; every one must be 100%.
 */
import { recogniseSheet } from "../../src/core/recognise/recognise";
import { buildSheet } from "../support/layouts";
import { type Score, addToScore, emptyScore, share } from "../support/layouts/check";
import { randomLayout, randomTable, seeded } from "../support/layouts/random";

const RUNS = 200;
const SEED = 20240817;

function run(): { score: Score; failures: string[] } {
  const rng = seeded(SEED);
  const score = emptyScore();
  const failures: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { options, moneyUnit } = randomLayout(rng);
    const spec = randomTable(rng, moneyUnit);
    const built = buildSheet(spec, options, `随机${i + 1}`);
    const before = score.sheets.right;
    addToScore(score, recogniseSheet(built.sheet), built.expected);
    if (score.sheets.right === before) failures.push(`#${i + 1} ${JSON.stringify(options)}`);
  }
  return { score, failures };
}

describe(`${RUNS} random layouts (seed ${SEED})`, () => {
  const { score, failures } = run();

  beforeAll(() => {
    console.log(
      [
        `layouts read entirely right: ${share(score.sheets)}`,
        `names right (projects and indicators): ${share(score.names)}`,
        `values right: ${share(score.values)}`,
        `levels right: ${share(score.levels)}`,
        `budgets found: ${share(score.budgets)}`,
        ...failures.slice(0, 5).map((f) => `misread ${f}`),
      ].join("\n"),
    );
  });

  it.each([
    ["names", score.names],
    ["values", score.values],
    ["levels", score.levels],
    ["budgets", score.budgets],
    ["whole layouts", score.sheets],
  ] as const)("%s read back exactly", (_what, tally) => {
    expect(share(tally)).toBe(share({ right: tally.total, total: tally.total }));
  });
});
