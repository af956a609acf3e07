/**
 * The pane's store: state, subscribers, and `act()` — the one place an action's busy flag, errors and
 * notices are handled, so actions (./actions) are just what they do.
 */
import type { Locale, Translate } from "../app/i18n";
import { errorMessage } from "../app/workflow";
import type { WorkbookAdapter } from "../excel/adapter";
import type { Linter } from "../app/linter";
import { INITIAL, type Notice, type PaneState } from "./state";

export class Store {
  private state: PaneState = INITIAL;
  private listeners = new Set<() => void>();
  /** Bumped by every change to config or notice, so a slow load does not overwrite what the user did meanwhile. */
  edits = 0;
  /** Bumped by every validation and by 取消: a validation whose number is no longer current is dropped. */
  runId = 0;
  /** Aborts the engine's run under way (取消). */
  abort: AbortController | null = null;

  constructor(readonly locale: Locale) {}

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => void this.listeners.delete(fn);
  };

  get = (): PaneState => this.state;

  set(patch: Partial<PaneState>): void {
    if ("notice" in patch || "config" in patch) this.edits++;
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn();
  }

  notify(intent: Notice["intent"], text: string): void {
    this.set({ notice: { intent, text } });
  }

  /** Shows an error as the notice (in the pane's language, never a stack trace) and ends any busy state. */
  fail(e: unknown): void {
    this.set({ running: false, progress: null, notice: { intent: "error", text: errorMessage(e, this.locale) } });
  }

  /**
   * Runs an action: `busy` marks the pane running while it does (the action, or the validation it ends
   * with, clears it); a thrown error becomes the error notice and the action returns `fallback`.
   */
  async act<T>(fn: () => Promise<T>, fallback: T, busy = false): Promise<T> {
    if (busy) this.set({ running: true });
    try {
      return await fn();
    } catch (e) {
      this.fail(e);
      return fallback;
    }
  }
}

/** What every action gets: the store, the workbook, the pane's language. */
export interface PaneContext {
  store: Store;
  adapter: WorkbookAdapter;
  locale: Locale;
  t: Translate;
  /** Runs the engine: in a Web Worker in the add-in, in the page in tests. */
  linter?: Linter;
}
