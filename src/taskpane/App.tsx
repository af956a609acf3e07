import { useEffect, useState } from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarActions,
  Button,
  Tab,
  TabList,
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

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minHeight: "100%",
    boxSizing: "border-box",
  },
  body: { flexGrow: 1, overflowY: "auto" },
  // the pane can be as narrow as ~320px: tabs wrap rather than hide
  tabs: { flexWrap: "wrap" },
});

export type View = "findings" | "templates" | "mapping" | "settings" | "ignored" | "journal";

function Shell(): JSX.Element {
  const styles = useStyles();
  const { session, state } = useSession();
  const [view, setView] = useState<View>("findings");
  const t = session.t;
  return (
    <div className={styles.root}>
      <Toolbar />
      {state.notice && (
        <MessageBar intent={state.notice.intent} role={state.notice.intent === "error" ? "alert" : "status"}>
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
      <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} size="small">
        <Tab value="findings">{t("findingsTab")}</Tab>
        <Tab value="templates">{t("templatesTab")}</Tab>
        <Tab value="mapping">{t("mappingTab")}</Tab>
        <Tab value="settings">{t("settingsTab")}</Tab>
        <Tab value="ignored">{`${t("ignoredTab")} (${state.ignoredList.length})`}</Tab>
        <Tab value="journal">{t("journalTab")}</Tab>
      </TabList>
      <main className={styles.body} aria-label={t("appTitle")}>
        {view === "findings" && <FindingsView />}
        {view === "templates" && <TemplatesView />}
        {view === "mapping" && <MappingView />}
        {view === "settings" && <SettingsView />}
        {view === "ignored" && <IgnoredView />}
        {view === "journal" && <JournalView />}
      </main>
    </div>
  );
}

/** The task pane: the same component in Excel and in the browser preview, only the adapter differs. */
export function App({ session }: { session: Session }): JSX.Element {
  useEffect(() => {
    void session.init();
  }, [session]);
  return (
    <FluentProvider theme={webLightTheme} lang={session.locale}>
      <SessionContext.Provider value={session}>
        <Shell />
      </SessionContext.Provider>
    </FluentProvider>
  );
}
