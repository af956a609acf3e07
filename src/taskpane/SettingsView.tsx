import { useEffect, useState } from "react";
import { Button, Field, Radio, RadioGroup, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CostFramework } from "../core/config";
import { RULES } from "../core/rules";
import type { SeveritySetting } from "../core/rules/types";
import { useSession } from "./use-session";
import { keptConfig } from "../app/column-mapping";
import { ruleTitle } from "../app/rule-titles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  rules: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    alignItems: "center",
  },
  doc: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/** Rule severities and the 成本指标 framework, kept in the workbook (the same schema as kpi-lint.config.json). */
export function SettingsView(): JSX.Element {
  const styles = useStyles();
  const { session, state } = useSession();
  const t = session.t;
  const [framework, setFramework] = useState<CostFramework>(state.config.costFramework);
  const [rules, setRules] = useState<Record<string, SeveritySetting>>(state.config.rules);
  useEffect(() => {
    setFramework(state.config.costFramework);
    setRules(state.config.rules);
  }, [state.config]);
  const label = (s: SeveritySetting) => (s === "off" ? t("off") : t(s));

  return (
    <form
      className={styles.root}
      aria-label={t("settingsTab")}
      onSubmit={(e) => {
        e.preventDefault();
        void session.saveConfig({ ...keptConfig(state.config), costFramework: framework, rules });
      }}
    >
      <Field label={t("costFramework")}>
        <RadioGroup value={framework} onChange={(_, d) => setFramework(d.value as CostFramework)}>
          <Radio value="either" label={t("costEither")} />
          <Radio value="2021" label={t("cost2021")} />
          <Radio value="legacy" label={t("costLegacy")} />
        </RadioGroup>
      </Field>
      <fieldset style={{ border: "none", padding: 0, margin: 0 }}>
        <legend>
          <Text weight="semibold">{t("ruleSeverity")}</Text>
        </legend>
        <div className={styles.rules}>
          {RULES.map((r) => {
            const id = `sev-${r.id}`;
            return (
              <div key={r.id} style={{ display: "contents" }}>
                <label htmlFor={id} title={t("ruleTip", { id: r.id })}>
                  <Text block>{ruleTitle(r.id, session.locale)}</Text>
                  <Text block size={200} className={styles.doc}>
                    {`${session.locale === "en" ? r.docs.en : r.docs.zh} · ${r.id}`}
                  </Text>
                </label>
                <Select
                  id={id}
                  size="small"
                  value={rules[r.id] ?? r.defaultSeverity}
                  onChange={(_, d) => setRules({ ...rules, [r.id]: d.value as SeveritySetting })}
                >
                  {(["error", "warning", "info", "off"] as SeveritySetting[]).map((s) => (
                    <option key={s} value={s}>
                      {label(s)}
                    </option>
                  ))}
                </Select>
              </div>
            );
          })}
        </div>
      </fieldset>
      <Button type="submit" appearance="primary">
        {t("save")}
      </Button>
    </form>
  );
}
