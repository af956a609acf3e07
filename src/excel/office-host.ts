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

/**
 * Registers ribbon command handlers by the ids the manifest names. Called at the top level of the function file,
 * not inside Office.onReady: the handler must exist as soon as the file has run (learn.microsoft.com
 * "Create add-in commands": Office.actions.associate).
 */
export function associateCommands(handlers: Record<string, (event: CommandEvent) => Promise<void>>): void {
  if (typeof Office === "undefined" || !Office.actions) return;
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
 * Opens the dialog page `url` and hands it `payload` by messageChild (DialogApi 1.2) once it says it is ready — never
 * in the URL: a query string with line breaks fails on Excel on the web with displayInIframe (office-js#2762).
 * Resolves true when the dialog was shown (and closed by its own message, the user, or after `timeoutMs`), false
 * when the host could not open it or cannot message it: the caller then shows the result another way.
 */
export function showDialog(url: string, size: { height: number; width: number }, payload: string, timeoutMs = 15000): Promise<boolean> {
  return new Promise((resolve) => {
    if (!Office.context.requirements.isSetSupported("DialogApi", "1.2")) return resolve(false);
    Office.context.ui.displayDialogAsync(url, { ...size, displayInIframe: true }, (res) => {
      if (res.status !== Office.AsyncResultStatus.Succeeded) {
        console.error(res.error);
        return resolve(false);
      }
      const dialog = res.value;
      let sent = false;
      const close = () => {
        try {
          dialog.close();
        } catch {
          /* already closed by the user */
        }
        resolve(sent);
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        if ("message" in arg && arg.message === "ready") {
          dialog.messageChild(payload);
          sent = true;
        } else close();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve(sent));
      setTimeout(close, timeoutMs);
    });
  });
}

/** Inside a dialog: receives what the page that opened it sends (showDialog's payload), after telling it we are ready. */
export function receiveFromParent(fn: (message: string) => void): void {
  Office.context.ui.addHandlerAsync(
    Office.EventType.DialogParentMessageReceived,
    (arg: { message: string }) => fn(arg.message),
    () => messageParent("ready"),
  );
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
