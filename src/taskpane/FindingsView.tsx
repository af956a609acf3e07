import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { countBySeverity } from "../core/lint";
import type { Finding } from "../core/rules/types";
import { activeFindings } from "../app/workflow";
import { ruleTitle } from "../app/rule-titles";
import { useSession } from "./use-session";
import { FindingItem } from "./FindingItem";
import { FindingsHeader } from "./FindingsHeader";
import { findingKey, groupFindings, shownFindings } from "./actions/navigate";
import { FixAllDialog } from "./FixAllDialog";
import { RuleMenu } from "./RuleMenu";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  group: { marginTop: tokens.spacingVerticalXS },
  groupHead: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  groupToggle: {
    flexGrow: 1,
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingLeft: 0,
  },
  // a group's head is one line: a long project name ends in … (whole in the tooltip), its count always shows
  groupLabel: { display: "flex", minWidth: 0 },
  groupName: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  count: {
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    marginLeft: "4px",
    flexShrink: 0,
  },
  notes: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/** Findings rendered at once; a large workbook has thousands, and a task pane must stay responsive. */
const PAGE = 300;

interface Group {
  key: string;
  name: string;
  ruleId: string | null;
  items: Finding[];
}

export function FindingsView(): JSX.Element {
  const styles = useStyles();
  const { session, state } = useSession();
  const t = session.t;
  const locale = session.locale;
  const [bulkRule, setBulkRule] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const listRef = useRef<HTMLUListElement>(null);
  const result = state.result;
  // in the order the list shows them, which 上一个 / 下一个 follow
  const visible = useMemo(
    () => shownFindings({ result: state.result, filters: state.filters, groupBy: state.groupBy, sortBy: state.sortBy }, locale),
    [state.result, state.filters, state.groupBy, state.sortBy, locale],
  );
  const active = useMemo(() => (result ? activeFindings(result) : []), [result]);
  const counts = countBySeverity(active);
  const fixable = useMemo(() => {
    const m = new Map<string, number>();
    for (const f of active) if (f.fix) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
    return [...m].filter(([, n]) => n > 1);
  }, [active]);
  const projects = useMemo(() => result?.model.sheets.flatMap((s) => s.projects) ?? [], [result]);
  const groups = useMemo(
    (): Group[] =>
      groupFindings(visible.slice(0, limit), state.groupBy).map((g) => {
        if (g.ruleId) return { key: g.key, name: ruleTitle(g.ruleId, locale), ruleId: g.ruleId, items: g.items };
        const p = projects.find((x) => x.sheet === g.sheet && x.name === g.project && x.firstRow === g.row);
        const project = g.project ?? t("noProject");
        const name = p
          ? t("groupHeadRows", { project, sheet: g.sheet, first: p.firstRow, last: p.lastRow })
          : t("groupHead", { project, sheet: g.sheet });
        return { key: g.key, name, ruleId: null, items: g.items };
      }),
    [visible, limit, state.groupBy, projects, locale, t],
  );
  const current = state.current;
  const index = visible.findIndex((f) => findingKey(f) === current);

  // the current finding is always in view (and focused when the user moves with the keyboard)
  useEffect(() => {
    const list = listRef.current;
    const el = list?.querySelector<HTMLElement>("li[aria-current='true']");
    if (!el || !list) return;
    el.scrollIntoView?.({ block: "nearest" });
    if (list.contains(document.activeElement)) el.querySelector<HTMLElement>("button")?.focus();
  }, [current, state.groupBy, state.sortBy]);
  // a notice at the pane's bottom edge shortens the list, a re-validation (after 修复, 撤销) moves the items: the
  // current finding, with its actions, stays in view above the notice
  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>("li[aria-current='true']")?.scrollIntoView?.({ block: "nearest" });
  }, [state.notice, state.result]);

  if (!result) return <Text>{t("notValidated")}</Text>;
  const notes = result.model.sheets.filter((s) => s.status !== "ok");
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    e.preventDefault();
    void session.move(e.key === "ArrowDown" ? 1 : -1);
  };
  const toggle = (key: string) => {
    const next = new Set(collapsed);
    if (!next.delete(key)) next.add(key);
    setCollapsed(next);
  };

  return (
    <section aria-label={t("findingsTab")}>
      <FindingsHeader counts={counts} position={{ index: index + 1, total: visible.length }} fixable={fixable} onFixAll={setBulkRule} />
      {notes.map((s) => (
        <Text key={s.name} block size={200} className={styles.notes}>
          {t("sheetNotTable", { sheet: s.name, message: s.message ?? "" })}
        </Text>
      ))}
      {visible.length === 0 && <Text block>{active.length === 0 ? t("noFindings") : t("noMatch")}</Text>}
      <ul ref={listRef} className={styles.list} aria-label={t("findingsList")} onKeyDown={onKeyDown}>
        {groups.map((g) => {
          const holdsCurrent = g.items.some((f) => findingKey(f) === state.current);
          const open = holdsCurrent || !collapsed.has(g.key);
          return (
            <li key={g.key} className={styles.group}>
              <div className={styles.groupHead}>
                <Button
                  className={styles.groupToggle}
                  appearance="transparent"
                  size="small"
                  aria-expanded={open}
                  aria-label={t("groupToggle", { name: g.name, n: g.items.length })}
                  icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
                  onClick={() => toggle(g.key)}
                >
                  <span className={styles.groupLabel} title={g.name}>
                    <span className={styles.groupName}>{g.name}</span>
                    <span className={styles.count}>{g.items.length}</span>
                  </span>
                </Button>
                {g.ruleId && <RuleMenu ruleId={g.ruleId} onFixAll={setBulkRule} />}
              </div>
              {open && (
                <ul className={styles.list} aria-label={g.name}>
                  {g.items.map((f) => (
                    <FindingItem
                      key={findingKey(f)}
                      finding={f}
                      ignored={result.ignored.has(f.id)}
                      current={findingKey(f) === state.current}
                      showRule={state.groupBy !== "rule"}
                    />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {visible.length > limit && <Button onClick={() => setLimit(limit + PAGE)}>{t("showMore", { n: visible.length - limit })}</Button>}
      {bulkRule && <FixAllDialog ruleId={bulkRule} onClose={() => setBulkRule(null)} />}
    </section>
  );
}
