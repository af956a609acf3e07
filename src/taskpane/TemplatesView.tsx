import { useEffect, useMemo, useState } from "react";
import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ProjectBlock } from "../core/model";
import { useSession } from "./use-session";
import { useListStyles } from "./list-styles";
import type { PackInfo } from "./session";
import type { MessageKey } from "../app/i18n";
import type * as PlanningModule from "./template-planning";

type Planning = typeof PlanningModule;

/** The planner, loaded when the tab is first shown (null until then). */
function usePlanning(): Planning | null {
  const [planning, setPlanning] = useState<Planning | null>(null);
  useEffect(() => {
    void import(/* webpackChunkName: "template-planning" */ "./template-planning").then(setPlanning);
  }, []);
  return planning;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  // a select is as wide as its longest option unless told otherwise: at 320 px it must fit the pane
  fit: { minWidth: 0, maxWidth: "100%", flexGrow: 1, "& select": { minWidth: 0, width: "100%", textOverflow: "ellipsis" } },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** FileReader rather than Blob.text(): older Office webviews lack the latter. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(typeof r.result === "string" ? r.result : "");
    r.onerror = () => reject(r.error ?? new Error("FileReader"));
    r.readAsText(file, "utf-8");
  });
}

const ORIGIN = {
  builtin: "tplOriginBuiltin",
  organisation: "tplOriginOrganisation",
  workbook: "tplOriginWorkbook",
} as const satisfies Record<PackInfo["origin"], MessageKey>;

const key = (p: ProjectBlock) => `${p.sheet}\u0000${p.firstRow}`;

/** 插入模板指标: pick the project and its type (suggested), preview the rows, insert them. */
export function TemplatesView(): JSX.Element {
  const styles = useStyles();
  const list = useListStyles();
  const { session, state } = useSession();
  const t = session.t;
  const locale = session.locale;
  const projects = useMemo(() => state.result?.model.sheets.flatMap((s) => s.projects) ?? [], [state.result]);
  const [projectKey, setProjectKey] = useState<string>("");
  const [typeId, setTypeId] = useState<string>("");
  const block = projects.find((p) => key(p) === projectKey) ?? null;
  const planning = usePlanning();
  const suggestions = useMemo(
    () => (block && planning ? planning.classifyProject(block, state.types) : []),
    [block, state.types, planning],
  );
  const chosen = typeId || suggestions[0]?.typeId || "";
  const plan = useMemo(
    () => (block && chosen && planning ? planning.planWith(state.result, state.types, block, chosen) : null),
    [state.result, state.types, block, chosen, planning],
  );

  const choose = (p: ProjectBlock | null) => {
    setProjectKey(p ? key(p) : "");
    setTypeId("");
  };

  return (
    <section className={styles.root} aria-label={t("tplTitle")}>
      {!state.result ? (
        <Text>{t("tplNeedValidate")}</Text>
      ) : (
        <>
          <div className={styles.row}>
            <Field label={t("project")} className={styles.fit}>
              <Select value={projectKey} onChange={(_, d) => choose(projects.find((p) => key(p) === d.value) ?? null)}>
                <option value="">{t("tplChooseProject")}</option>
                {projects.map((p) => (
                  <option key={key(p)} value={key(p)}>
                    {t("tplProjectOption", { name: p.name, sheet: p.sheet, row: p.firstRow })}
                  </option>
                ))}
              </Select>
            </Field>
            <Button onClick={() => void session.projectAtSelection().then(choose)}>{t("tplPickAtSelection")}</Button>
          </div>
          {block && (
            <>
              <Field label={t("tplProjectType")}>
                <RadioGroup value={chosen} onChange={(_, d) => setTypeId(d.value)}>
                  {suggestions.map((s) => (
                    <Radio
                      key={s.typeId}
                      value={s.typeId}
                      label={t("tplSuggestion", {
                        name: s.name,
                        score: Math.round(s.score * 100),
                        matched: s.matched.slice(0, 4).join(t("enumSeparator")),
                      })}
                    />
                  ))}
                </RadioGroup>
              </Field>
              <Field label={t("tplOtherType")} className={styles.fit}>
                <Select value={chosen} onChange={(_, d) => setTypeId(d.value)}>
                  <option value="">—</option>
                  {state.types.map((type) => (
                    <option key={type.id} value={type.id}>
                      {t("tplTypeOption", { name: type.name, pack: type.packName })}
                    </option>
                  ))}
                </Select>
              </Field>
            </>
          )}
          {plan?.refused && (
            <MessageBar intent="warning">
              <MessageBarBody>{locale === "en" ? plan.refused.reasonEn : plan.refused.reason}</MessageBarBody>
            </MessageBar>
          )}
          {plan && !plan.refused && (
            <div>
              <Text weight="semibold" block>
                {plan.skipped.length
                  ? t("tplWillInsertSkipping", { n: plan.added.length, skipped: plan.skipped.length })
                  : t("tplWillInsert", { n: plan.added.length })}
              </Text>
              <ul className={list.list} aria-label={t("tplPreview")}>
                {plan.added.map((a) => (
                  <li key={`${a.row}-${a.name}`} className={list.item}>
                    <Text block size={200} className={styles.muted}>
                      {t("tplPreviewRow", { row: a.row, levels: [a.level1, a.level2].filter(Boolean).join(" / ") })}
                    </Text>
                    <Text>{`${t("tplNameValue", { name: a.name, value: a.value })} `}</Text>
                    {a.placeholder && (
                      <Badge color="warning" size="small">
                        {t("tplPlaceholder")}
                      </Badge>
                    )}
                  </li>
                ))}
              </ul>
              {plan.skipped.length > 0 && (
                <ul className={list.list} aria-label={t("tplSkippedTitle")}>
                  {plan.skipped.map((x) => (
                    <li key={`${x.name}-${x.existing.row}`} className={list.item}>
                      <Text block size={200} className={styles.muted}>
                        {t("tplSkippedRow", {
                          name: x.name,
                          reason: locale === "en" ? x.reasonEn : x.reason,
                          row: x.existing.row,
                        })}
                      </Text>
                    </li>
                  ))}
                </ul>
              )}
              <Button
                appearance="primary"
                disabled={state.running || plan.added.length === 0}
                onClick={() => void session.insert(plan).then(() => choose(null))}
              >
                {t("tplInsert", { n: plan.added.length })}
              </Button>
            </div>
          )}
        </>
      )}
      <section aria-label={t("tplPacks")}>
        <Text weight="semibold" block>
          {t("tplPacks")}
        </Text>
        <ul className={list.list}>
          {state.packs.map((p) => (
            <li key={`${p.origin}-${p.label}`} className={list.item}>
              <Text block>
                {p.ok
                  ? t("tplPackLine", { label: p.label, origin: t(ORIGIN[p.origin]), n: p.types })
                  : t("tplPackLineInvalid", { label: p.label, origin: t(ORIGIN[p.origin]) })}
              </Text>
              {p.errors.map((e) => (
                <Text key={e} block size={200} className={styles.error}>
                  {e}
                </Text>
              ))}
            </li>
          ))}
        </ul>
        <div>
          <label htmlFor="kpi-pack-file">
            <Text size={200}>{t("tplImportLabel")}</Text>
          </label>
          <input
            id="kpi-pack-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const input = e.target;
              const f = input.files?.[0];
              if (!f) return;
              void readText(f)
                .then((text) => session.importPackText(text))
                .finally(() => (input.value = ""));
            }}
          />
        </div>
      </section>
    </section>
  );
}
