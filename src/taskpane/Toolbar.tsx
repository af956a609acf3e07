import { Button, Dropdown, Option, ProgressBar, Tooltip, makeStyles, tokens, Field } from "@fluentui/react-components";
import { ArrowUndo16Regular, EraserRegular, CheckmarkStarburst16Regular } from "@fluentui/react-icons";
import { useSession } from "./use-session";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  scope: { minWidth: "120px" },
});

export function Toolbar(): JSX.Element {
  const styles = useStyles();
  const { session, state } = useSession();
  const t = session.t;
  const scopeLabel = state.scope === "active" ? t("scopeActive") : t("scopeAll");
  return (
    <div>
      <div className={styles.row}>
        <Field label={t("scope")}>
          <Dropdown
            className={styles.scope}
            value={scopeLabel}
            selectedOptions={[state.scope]}
            onOptionSelect={(_, d) => session.setScope(d.optionValue as "active" | "all")}
          >
            <Option value="active">{t("scopeActive")}</Option>
            <Option value="all">{t("scopeAll")}</Option>
          </Dropdown>
        </Field>
        <Button
          appearance="primary"
          icon={<CheckmarkStarburst16Regular />}
          disabled={state.running}
          onClick={() => void session.validate()}
        >
          {state.running ? t("validating") : t("validate")}
        </Button>
        <Tooltip content={t("undoTitle")} relationship="description">
          <Button icon={<ArrowUndo16Regular />} disabled={state.running || state.journal.length === 0} onClick={() => void session.undo()}>
            {t("undo")}
          </Button>
        </Tooltip>
        <Button icon={<EraserRegular />} disabled={state.running} onClick={() => void session.clearMarks()}>
          {t("clearMarks")}
        </Button>
      </div>
      {state.running && (
        <Field
          validationMessage={state.progress ? t("reading", { done: state.progress.done, total: state.progress.total }) : t("validating")}
          validationState="none"
        >
          <ProgressBar
            value={state.progress ? state.progress.done / Math.max(1, state.progress.total) : undefined}
            aria-label={t("validating")}
          />
        </Field>
      )}
    </div>
  );
}
