/**
 * @jest-environment jsdom
 */
/**
 * The ribbon's function file in a stand-in for the Office host: Excel.run is the strict in-memory Excel; the dialog
 * API fails, as Excel on the web does, on a URL that carries the text (office-js#2762). Issue 10, items 4, 7, 10.
 */
import type * as Commands from "../../src/commands/commands";
import { memoryHost, MemWorkbook } from "../../src/excel/double";
import { memFixture } from "../support/mem";

type Handler = (arg: { message?: string }) => void;

interface FakeOffice {
  opened: string[];
  sent: string[];
  associated: string[];
  dialogApi: boolean;
}

function installOffice(store: MemWorkbook): FakeOffice {
  const fake: FakeOffice = { opened: [], sent: [], associated: [], dialogApi: true };
  const host = memoryHost(store);
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = { run: host.run };
  g.Office = {
    onReady: () => new Promise(() => undefined), // never ready: handlers must be associated before
    actions: { associate: (id: string) => fake.associated.push(id) },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
    context: {
      displayLanguage: "zh-CN",
      requirements: { isSetSupported: (name: string, v: string) => (name === "DialogApi" ? fake.dialogApi : host.isSetSupported(name, v)) },
      ui: {
        displayDialogAsync(url: string, opts: { displayInIframe?: boolean }, cb: (r: unknown) => void) {
          fake.opened.push(url);
          // office-js#2762: Excel on the web fails (5001) on escaped line breaks in the URL with displayInIframe
          if (opts.displayInIframe && /%0A/i.test(url)) return cb({ status: "failed", error: { code: 5001 } });
          const handlers: Record<string, Handler> = {};
          const dialog = {
            addEventHandler: (type: string, h: Handler) => {
              handlers[type] = h;
              if (type === "event") setTimeout(() => handlers.message?.({ message: "ready" }), 0);
            },
            messageChild: (m: string) => {
              fake.sent.push(m);
              setTimeout(() => handlers.message?.({ message: "close" }), 0);
            },
            close: () => undefined,
          };
          cb({ status: "succeeded", value: dialog });
        },
      },
    },
  };
  return fake;
}

async function loadCommands() {
  let mod: typeof Commands | undefined;
  jest.isolateModules(() => {
    mod = jest.requireActual<typeof Commands>("../../src/commands/commands");
  });
  return mod!;
}

const event = () => ({ completed: jest.fn() });

describe("the ribbon in Excel", () => {
  it("10. associates its handlers at load, before Office is ready", async () => {
    const fake = installOffice(await memFixture("funing-forms.xlsx"));
    await loadCommands();
    expect(fake.associated).toEqual(["validateSheet", "clearMarks"]);
  });

  it("4. the result reaches the dialog by message, never in the URL", async () => {
    const store = await memFixture("funing-forms.xlsx");
    const fake = installOffice(store);
    const { validateSheet } = await loadCommands();
    const e = event();
    await validateSheet(e);
    expect(e.completed).toHaveBeenCalled();
    expect(fake.opened.every((u) => !u.includes("?"))).toBe(true);
    const notice = JSON.parse(fake.sent[0]) as { title: string; lines: string[] };
    expect(notice.lines[0]).toMatch(/共 \d+ 个问题/);
  });

  it("4. without a dialog, an error is shown on the report sheet instead of nowhere", async () => {
    const store = new MemWorkbook();
    const s = store.addSheet("表");
    s.setValue(1, 1, "项目名称");
    s.setValue(1048576, 16384, "x");
    const fake = installOffice(store);
    fake.dialogApi = false;
    const { validateSheet } = await loadCommands();
    await validateSheet(event());
    expect(String(store.sheet("校验报告")?.value(1, 1))).toMatch(/无法校验.*XFD1048576/);
  });

  it("7. two clicks in a row: the second validates the sheet the user was on, not 校验报告", async () => {
    const store = await memFixture("funing-forms.xlsx");
    installOffice(store);
    const { validateSheet } = await loadCommands();
    await validateSheet(event());
    const rows = (store.sheet("校验报告")!.usedArea(true) ?? { bottom: 0 }).bottom;
    expect(store.activeSheet).toBe("校验报告");
    await validateSheet(event());
    expect(rows).toBeGreaterThan(10);
    expect((store.sheet("校验报告")!.usedArea(true) ?? { bottom: 0 }).bottom).toBe(rows);
  });
});
