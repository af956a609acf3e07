/**
 * An in-memory workbook: what the browser preview shows and what the in-memory Excel object model reads and
 * writes — sheets, settings, custom XML parts, workbook protection, the selection, and counters of what each
 * context.sync() carried.
 */
import { MemSheet } from "./mem-sheet";

export class MemWorkbook {
  sheets: MemSheet[] = [];
  activeSheet = "";
  /** The selection; a comma-separated address is a multi-area selection (Ctrl+click). */
  selection: { sheet: string; address: string } | null = null;
  readonly settings = new Map<string, unknown>();
  /** Custom XML parts by id. */
  readonly customXmlParts = new Map<string, string>();
  /** Review → Protect Workbook (structure): sheets cannot be added, deleted or renamed. */
  structureProtected = false;
  /** Every context.sync() of the in-memory object model, and its request and response payloads (UTF-8 bytes). */
  syncCount = 0;
  readonly payloads: number[] = [];
  readonly requests: number[] = [];
  /** Simulates the user typing in a cell: every sync fails with InvalidOperationInCellEditMode. */
  cellEditMode = false;
  private listeners = new Set<() => void>();

  addSheet(name: string): MemSheet {
    const s = new MemSheet(name);
    this.sheets.push(s);
    if (!this.activeSheet) this.activeSheet = name;
    return s;
  }

  sheet(name: string): MemSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  emit(): void {
    for (const fn of this.listeners) fn();
  }
}
