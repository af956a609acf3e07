import { columnLetter } from "../grid";
import { describeColumns } from "../recognise/describe-mapping";
/** The JSON shapes reviewers' scripts consume (a contract: fields may be added, never removed). */
import type { SheetModel, WorkbookModel } from "../model";
import type { Finding } from "../finding";
import { countBySeverity } from "../lint";

export function findingJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    sheet: f.sheet,
    row: f.row,
    column: f.column,
    cell: f.cell,
    project: f.project,
    message: f.message,
    fix: f.fix ? { cell: f.fix.cell, value: f.fix.value, edits: f.fix.edits.map(editJson) } : null,
    // additions beyond the contract
    messageEn: f.messageEn,
    projectCode: f.projectCode,
    indicator: f.indicator,
    suggestions: f.suggestions.map((s) => ({ label: s.label, labelEn: s.labelEn, edits: s.edits.map(editJson) })),
    id: f.id,
  };
}

function editJson(e: { sheet: string; cell: string; before: unknown; after: unknown }) {
  return { sheet: e.sheet, cell: e.cell, before: e.before, after: e.after };
}

export function validateFileJson(file: string, model: WorkbookModel, findings: Finding[]) {
  return {
    file,
    findings: findings.map(findingJson),
    summary: { ...countBySeverity(findings), fixable: findings.filter((f) => f.fix).length },
    sheets: model.sheets.map((s) => ({ name: s.name, status: s.status, message: s.message, projects: s.projects.length })),
  };
}

export function sheetJson(s: SheetModel) {
  return {
    name: s.name,
    status: s.status,
    message: s.message,
    layout: s.layout,
    moneyUnit: s.moneyUnit,
    tables: s.tables.map((t) => ({
      headerRow: t.headerRow,
      firstRow: t.firstRow,
      lastRow: t.lastRow,
      columns: Object.fromEntries(Object.entries(t.columns).map(([role, col]) => [role, columnLetter(col)])),
      mapping: describeColumns(t.columns, "zh-CN"),
      mappingEn: describeColumns(t.columns, "en"),
      skipped: t.skipped.map((x) => ({ column: columnLetter(x.col), header: x.header, reason: x.reason })),
      source: t.source,
      plausibility: t.plausibility,
    })),
    projects: s.projects.map((p) => ({
      name: p.name,
      code: p.code,
      firstRow: p.firstRow,
      lastRow: p.lastRow,
      budget: p.budget ? { amount: p.budget.amount, unit: p.budget.unit } : null,
      seq: p.seq,
      org: p.org,
      layout: p.layout,
      headerRows: p.headerRows,
      table: s.tables.indexOf(p.table),
      moneyUnit: p.moneyUnit,
      plan: p.plan ? p.plan.points.map((x) => ({ label: x.label, value: x.value, raw: x.raw })) : null,
      indicators: p.indicators.map((i) => ({
        row: i.row,
        level1: i.level1,
        level2: i.level2,
        name: i.name,
        description: i.description,
        value: {
          raw: i.value.raw,
          operator: i.value.operator,
          number: i.value.number,
          unit: i.value.unit,
          kind: i.value.kind,
          text: i.value.text,
          deadline: i.value.deadline,
        },
      })),
    })),
  };
}

export function inspectJson(file: string, model: WorkbookModel) {
  return { file, sheets: model.sheets.map(sheetJson) };
}
