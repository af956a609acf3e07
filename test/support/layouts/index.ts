/** Synthetic layout generators: `buildSheet(spec, options)` → the sheet and what a person reads from it. */
import { Canvas } from "./canvas";
import { writeForms } from "./form";
import type { BuiltSheet, LayoutOptions, TableSpec } from "./spec";
import { writeSummary } from "./summary";

export * from "./spec";
export { squash } from "./values";

/**
 * Lays `spec` out as `options` say (see `LayoutOptions`: form, levelColumns, levelFill, levelSpelling,
 * columnOrder, labelColumn, groups, valueStyle, mergeWidth, budgetLabel, nameLabel, spacedHeaders,
 * blankRowEvery, repeatHeaderAfter, summaryFill, subtotalRow, goalHeader; `layout({...})` fills defaults).
 * Forms stack one per project; a summary holds all projects under one header.
 */
export function buildSheet(spec: TableSpec, options: LayoutOptions, sheetName = "Sheet1"): BuiltSheet {
  const canvas = new Canvas();
  const projects = options.form === "form" ? writeForms(canvas, spec, options) : writeSummary(canvas, spec, options);
  return { sheet: canvas.toSheet(sheetName), expected: { projects } };
}
