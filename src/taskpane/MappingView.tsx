import { useId, useMemo, useState } from "react";
import { Badge, Button, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { describeSkipped } from "../core/recognise/describe-mapping";
import type { ColumnRole } from "../core/recognise/headers";
import type { TableInfo } from "../core/model";
import type { ValidationResult } from "../app/workflow";
import {
  type SaveResult,
  assignColumn,
  choiceFrom,
  clearColumnMapping,
  editorRoles,
  editorTable,
  groupTables,
  hasOwnMapping,
  headerColumns,
  mappingInWords,
  problemsInWords,
  roleName,
  saveColumnMapping,
  tablesBySheet,
} from "../app/column-mapping";
import { useSession } from "./use-session";

const NONE = "";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  sheet: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  table: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground2 },
  fieldset: { border: "none", padding: 0, margin: 0, minWidth: 0 },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 10rem",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    alignItems: "center",
  },
  label: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  letter: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

/** 列映射: how each validated table's columns were read, and the user's own mapping, kept in the workbook. */
export function MappingView(): JSX.Element {
  const styles = useStyles();
  const { session, state } = useSession();
  const t = session.t;
  const [status, setStatus] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  const result = state.result;
  if (!result) return <Text>{t("mappingNotValidated")}</Text>;
  const sheets = tablesBySheet(result);

  const run = async (save: () => Promise<SaveResult>, done: "mappingSaved" | "mappingRestored") => {
    setStatus(null);
    try {
      const r = await save();
      if (!r.ok) {
        setStatus({ intent: "error", text: t("mappingNotSaved", { errors: r.errors.join(t("mappingSeparator")) }) });
        return;
      }
      await session.validate(true);
      setStatus({ intent: "success", text: t(done) });
    } catch (e) {
      setStatus({ intent: "error", text: t("mappingNotSaved", { errors: String((e as Error)?.message ?? e) }) });
    }
  };

  return (
    <section className={styles.root} aria-label={t("mappingTab")}>
      <Text className={styles.muted}>{t("mappingIntro")}</Text>
      {status && (
        <MessageBar intent={status.intent} role={status.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {sheets.length === 0 && <Text>{t("mappingNoTables")}</Text>}
      {sheets.map(({ sheet, tables }) => (
        <SheetMapping
          key={sheet}
          result={result}
          sheet={sheet}
          tables={tables}
          busy={state.running}
          onSave={(choice) => void run(() => saveColumnMapping(session.adapter, sheet, choice), "mappingSaved")}
          onRestore={() => void run(() => clearColumnMapping(session.adapter, sheet), "mappingRestored")}
        />
      ))}
    </section>
  );
}

interface SheetProps {
  result: ValidationResult;
  sheet: string;
  tables: TableInfo[];
  busy: boolean;
  onSave: (choice: ReturnType<typeof choiceFrom>) => void;
  onRestore: () => void;
}

function SheetMapping({ result, sheet, tables, busy, onSave, onRestore }: SheetProps): JSX.Element {
  const styles = useStyles();
  const { session } = useSession();
  const t = session.t;
  const locale = session.locale;
  const headingId = useId();
  const seed = editorTable(tables);
  const doubtful = tables.some((x) => x.plausibility.problems.length > 0 || x.source === "override");
  const [open, setOpen] = useState(doubtful);
  const own = hasOwnMapping(result.config, sheet);
  const wildcard = !own && tables.some((x) => x.source === "override");

  return (
    <section className={styles.sheet} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t("mappingSheet", { sheet })}
      </h3>
      {groupTables(tables).map((group) => {
        const first = group[0];
        const problems = problemsInWords(first, locale);
        const skipped = describeSkipped(first, locale);
        const rows = group.map((x) => x.headerRow);
        const title =
          group.length === 1
            ? t("mappingTable", { row: first.headerRow })
            : t("mappingTables", {
                n: group.length,
                rows: rows.length > 6 ? `${rows.slice(0, 6).join(t("mappingListSeparator"))}…` : rows.join(t("mappingListSeparator")),
              });
        return (
          <div key={first.headerRow} className={styles.table}>
            <div className={styles.badges}>
              <Text weight="semibold">{title}</Text>
              {problems.length > 0 && (
                <Badge appearance="tint" color="danger">
                  {t("mappingImplausible")}
                </Badge>
              )}
              {first.source === "override" && (
                <Badge appearance="tint" color="brand">
                  {t("mappingOverride")}
                </Badge>
              )}
            </div>
            <Text>{mappingInWords(first.columns, locale)}</Text>
            {problems.length > 0 && <Text className={styles.muted}>{problems.join(t("mappingSeparator"))}</Text>}
            {skipped && <Text className={styles.muted}>{t("mappingSkipped", { list: skipped })}</Text>}
          </div>
        );
      })}
      {wildcard && <Text className={styles.muted}>{t("mappingWildcard")}</Text>}
      {seed && !open && (
        <div>
          <Button size="small" aria-expanded={false} onClick={() => setOpen(true)}>
            {t("mappingEdit")}
          </Button>
        </div>
      )}
      {seed && open && (
        <MappingEditor
          key={`${seed.headerRow}:${seed.source}:${JSON.stringify(seed.columns)}`}
          result={result}
          table={seed}
          tables={tables.length}
          busy={busy}
          canRestore={own}
          onSave={onSave}
          onRestore={onRestore}
        />
      )}
    </section>
  );
}

interface EditorProps {
  result: ValidationResult;
  table: TableInfo;
  /** How many tables of the sheet the mapping applies to. */
  tables: number;
  busy: boolean;
  canRestore: boolean;
  onSave: SheetProps["onSave"];
  onRestore: () => void;
}

function MappingEditor({ result, table, tables, busy, canRestore, onSave, onRestore }: EditorProps): JSX.Element {
  const styles = useStyles();
  const { session } = useSession();
  const t = session.t;
  const locale = session.locale;
  const baseId = useId();
  const columns = useMemo(() => headerColumns(result, table), [result, table]);
  const roles = useMemo(() => editorRoles(table), [table]);
  const [draft, setDraft] = useState(table.columns);
  const roleAt = (col: number): ColumnRole | null => {
    for (const r of Object.keys(draft) as ColumnRole[]) if (draft[r] === col) return r;
    return null;
  };
  const complete = draft.name !== undefined && draft.value !== undefined;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (complete) onSave(choiceFrom(draft, table.columns));
      }}
    >
      <fieldset className={styles.fieldset}>
        <legend>
          <Text weight="semibold">{t("mappingEditorLegend", { row: table.headerRow })}</Text>
        </legend>
        <div className={styles.grid}>
          {columns.map((c) => {
            const id = `${baseId}-${c.letter}`;
            const header = c.header || t("mappingNoHeader");
            return (
              <div key={c.col} style={{ display: "contents" }}>
                <label htmlFor={id} className={styles.label} title={header}>
                  <span className={styles.letter}>{t("mappingColumn", { col: c.letter })}</span>
                  <span className={styles.muted}>{header}</span>
                </label>
                <Select
                  id={id}
                  size="small"
                  value={roleAt(c.col) ?? NONE}
                  onChange={(_, d) => setDraft(assignColumn(draft, c.col, d.value === NONE ? null : (d.value as ColumnRole)))}
                >
                  {roles.map((r) => (
                    <option key={r} value={r}>
                      {roleName(r, locale)}
                    </option>
                  ))}
                  <option value={NONE}>{t("mappingRoleNone")}</option>
                </Select>
              </div>
            );
          })}
        </div>
      </fieldset>
      {tables > 1 && (
        <Text block size={200} className={styles.muted}>
          {t("mappingSheetWide", { n: tables })}
        </Text>
      )}
      {!complete && (
        <Text block role="status" className={styles.muted}>
          {t("mappingNeedsNameValue")}
        </Text>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" size="small" disabled={busy || !complete}>
          {t("mappingSave")}
        </Button>
        <Button type="button" size="small" disabled={busy || !canRestore} onClick={onRestore}>
          {t("mappingRestore")}
        </Button>
      </div>
    </form>
  );
}
