import { useEffect, useState } from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarActions,
  Button,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import type { Session } from "./session";
import { SessionContext, useSession } from "./use-session";
import { Toolbar } from "./Toolbar";
import { FindingsView } from "./FindingsView";
import { SettingsView } from "./SettingsView";
import { IgnoredView } from "./IgnoredView";
import { JournalView } from "./JournalView";
import { TemplatesView } from "./TemplatesView";
import { MappingView } from "./MappingView";
import { TabBar } from "./TabBar";
import type { View } from "./views";

export type { View } from "./views";

const useStyles = makeStyles({
  // the pane is 320–450 px wide and about 490 px high: controls stay put, only the body scrolls, never sideways
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} 0`,
    height: "100%",
    boxSizing: "border-box",
    overflow: "hidden",
  },
  body: { flexGrow: 1, minHeight: 0, overflowY: "auto", overflowX: "hidden" },
  notice: { flexShrink: 0, marginBottom: tokens.spacingVerticalS, overflowWrap: "anywhere" },
});

function Shell(): JSX.Element {
  const styles = useStyles();
  const { session, state } = useSession();
  const [view, setView] = useState<View>("findings");
  const t = session.t;
  useEffect(() => session.watchSelection(), [session]);
  const open = (v: View) => {
    // a notice answers what the user did on the view they leave
    if (v !== view) session.dismissNotice();
    setView(v);
  };
  return (
    <div className={styles.root}>
      <Toolbar onView={open} />
      <TabBar
        t={t}
        selected={view}
        onSelect={open}
        tabs={[
          { value: "findings", label: t("findingsTab") },
          { value: "templates", label: t("templatesTab") },
          { value: "mapping", label: t("mappingTab") },
          { value: "settings", label: t("settingsTab") },
          { value: "ignored", label: `${t("ignoredTab")} (${state.ignoredList.length})` },
        ]}
      />
      {/* a region, not <main>: in the preview the pane sits beside the workbook, inside the page's own landmarks */}
      <div className={styles.body} role="region" aria-label={t("appTitle")} data-pane-body>
        {view === "findings" && <FindingsView />}
        {view === "templates" && <TemplatesView />}
        {view === "mapping" && <MappingView />}
        {view === "settings" && <SettingsView />}
        {view === "ignored" && <IgnoredView />}
        {view === "journal" && <JournalView />}
      </div>
      {state.notice && (
        <MessageBar
          className={styles.notice}
          layout="multiline"
          intent={state.notice.intent}
          role={state.notice.intent === "error" ? "alert" : "status"}
        >
          <MessageBarBody>{state.notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t("cancel")}
                icon={<Dismiss16Regular />}
                onClick={() => session.dismissNotice()}
              />
            }
          />
        </MessageBar>
      )}
    </div>
  );
}

/** The task pane: the same component in Excel and in the browser preview, only the adapter differs. */
export function App({ session }: { session: Session }): JSX.Element {
  useEffect(() => {
    void session.init();
  }, [session]);
  return (
    <FluentProvider theme={webLightTheme} lang={session.locale} style={{ height: "100%" }}>
      <SessionContext.Provider value={session}>
        <Shell />
      </SessionContext.Provider>
    </FluentProvider>
  );
}
