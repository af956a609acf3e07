import { groupByProject } from "../core/finding";
import { Dropdown, Option, Switch, ToggleButton, Text, makeStyles, tokens, Field, Button } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { countBySeverity } from "../core/lint";
import type { Severity } from "../core/rules/types";
import { activeFindings } from "../app/workflow";
import { useSession } from "./use-session";
import { FindingItem } from "./FindingItem";
import { filterFindings } from "./actions/validate";
import { FixAllDialog } from "./FixAllDialog";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", marginBottom: tokens.spacingVerticalS },
  filters: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    alignItems: "flex-end",
    flexWrap: "wrap",
    marginBottom: tokens.spacingVerticalS,
  },
  bulk: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center", marginBottom: tokens.spacingVerticalS },
  group: { marginBottom: tokens.spacingVerticalM },
  groupHead: {
    display: "block",
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: "2px",
    marginBottom: "4px",
  },
  list: { listStyle: "none", margin: 0, padding: 0 },
  notes: { color: tokens.colorNeutralForeground3 },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];
/** Findings rendered at once; a large workbook has thousands, and a task pane must stay responsive. */
const PAGE = 300;

export function FindingsView(): JSX.Element {
  const styles = useStyles();
  const { session, state } = useSession();
  const t = session.t;
  const [bulkRule, setBulkRule] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const result = state.result;
  const visible = useMemo(() => filterFindings(state.result, state.filters), [state.result, state.filters]);
  const active = useMemo(() => (result ? activeFindings(result) : []), [result]);
  const counts = countBySeverity(active);
  const rules = useMemo(() => [...new Set(active.map((f) => f.ruleId))].sort(), [active]);
  const fixableRules = useMemo(() => {
    const m = new Map<string, number>();
    for (const f of active) if (f.fix) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
    return [...m].filter(([, n]) => n > 1);
  }, [active]);

  if (!result) return <Text>{t("notValidated")}</Text>;
  const project = state.result?.model.sheets.flatMap((s) => s.projects) ?? [];
  const notes = result.model.sheets.filter((s) => s.status !== "ok");

  return (
    <section aria-label={t("findingsTab")}>
      <div className={styles.counts} role="group" aria-label={t("severity")}>
        {SEVERITIES.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={state.filters.severities.includes(s)}
            icon={<SeverityIcon severity={s} />}
            onClick={() =>
              session.setFilters({
                severities: state.filters.severities.includes(s)
                  ? state.filters.severities.filter((x) => x !== s)
                  : [...state.filters.severities, s],
              })
            }
          >
            {`${t(s)} ${counts[s]}`}
          </ToggleButton>
        ))}
      </div>
      <div className={styles.filters}>
        <Field label={t("rule")}>
          <Dropdown
            value={state.filters.rule ?? t("allRules")}
            selectedOptions={[state.filters.rule ?? ""]}
            onOptionSelect={(_, d) => session.setFilters({ rule: d.optionValue ? d.optionValue : null })}
          >
            <Option value="">{t("allRules")}</Option>
            {rules.map((r) => (
              <Option key={r} value={r}>
                {r}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Switch
          label={t("showIgnored")}
          checked={state.filters.showIgnored}
          onChange={(_, d) => session.setFilters({ showIgnored: d.checked })}
        />
      </div>
      {fixableRules.length > 0 && (
        <div className={styles.bulk} role="group" aria-label={t("fixableRules")}>
          <Text size={200}>{`${t("fixableRules")}${t("colon")}`}</Text>
          {fixableRules.map(([rule, n]) => (
            <Button key={rule} size="small" onClick={() => setBulkRule(rule)}>
              {t("fixAllCount", { rule, n })}
            </Button>
          ))}
        </div>
      )}
      {notes.map((s) => (
        <Text key={s.name} block size={200} className={styles.notes}>
          {t("sheetNotTable", { sheet: s.name, message: s.message ?? "" })}
        </Text>
      ))}
      {visible.length === 0 ? (
        <Text block>{t("noFindings")}</Text>
      ) : (
        groupByProject(visible.slice(0, limit)).map((g) => {
          const p = project.find((x) => x.sheet === g.sheet && x.name === g.project && x.firstRow === g.row);
          return (
            <section key={g.key} className={styles.group} aria-label={g.project ?? t("noProject")}>
              <Text className={styles.groupHead}>
                {p
                  ? t("groupHeadRows", { project: g.project ?? t("noProject"), sheet: g.sheet, first: p.firstRow, last: p.lastRow })
                  : t("groupHead", { project: g.project ?? t("noProject"), sheet: g.sheet })}
              </Text>
              <ul className={styles.list}>
                {g.items.map((f) => (
                  <FindingItem key={`${f.id}|${f.cell}`} finding={f} ignored={result.ignored.has(f.id)} />
                ))}
              </ul>
            </section>
          );
        })
      )}
      {visible.length > limit && <Button onClick={() => setLimit(limit + PAGE)}>{t("showMore", { n: visible.length - limit })}</Button>}
      {bulkRule && <FixAllDialog ruleId={bulkRule} onClose={() => setBulkRule(null)} />}
    </section>
  );
}
