/**
 * The Office.js host calls outside Excel.run: startup, ribbon command registration, the display language,
 * dialogs. The task pane and the ribbon commands go through these, so only src/excel touches the `Office` global.
 */

/** Ribbon handlers (ExecuteFunction) get an event to complete. */
export interface CommandEvent {
  completed(): void;
}

/** Runs `fn` once Office.js is ready (errors at start-up are reported on the console, never thrown). */
export function onOfficeReady(fn: () => void): void {
  Office.onReady(() => fn()).catch((e: unknown) => console.error(e));
}

/** Registers ribbon command handlers by the ids the manifest names. */
export function associateCommands(handlers: Record<string, (event: CommandEvent) => Promise<void>>): void {
  for (const [id, handler] of Object.entries(handlers)) {
    Office.actions.associate(id, (event: Office.AddinCommands.Event) => {
      void handler(event);
    });
  }
}

/** Office's UI language (zh-CN, en-US …), or null when there is no host. */
export function displayLanguage(): string | null {
  return typeof Office !== "undefined" ? (Office.context?.displayLanguage ?? null) : null;
}

/**
 * Opens a dialog on `url` and resolves when it closes (by its own message, the user, or after `timeoutMs`);
 * resolves at once when the host cannot open dialogs.
 */
export function showDialog(url: string, size: { height: number; width: number }, timeoutMs = 15000): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { ...size, displayInIframe: true }, (res) => {
      if (res.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = res.value;
      const close = () => {
        try {
          dialog.close();
        } catch {
          /* already closed by the user */
        }
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      setTimeout(close, timeoutMs);
    });
  });
}

/** Inside a dialog: asks the page that opened it to close it; false when not in an Office dialog. */
export function messageParent(message: string): boolean {
  try {
    Office.context.ui.messageParent(message);
    return true;
  } catch {
    return false;
  }
}
