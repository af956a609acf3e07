import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Select,
  ProgressBar,
  Text,
  Tooltip,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowUndo20Regular,
  CheckmarkStarburst16Regular,
  Eraser20Regular,
  History20Regular,
  MoreHorizontal20Regular,
} from "@fluentui/react-icons";
import { useSession } from "./use-session";
import type { View } from "./views";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center", minWidth: 0 },
  scope: { minWidth: 0, flexShrink: 1, width: "120px", "& select": { minWidth: 0 } },
  spacer: { flexGrow: 1 },
  progress: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", marginTop: tokens.spacingVerticalXS },
  progressText: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
});

/** One compact row: 校验, its scope, 撤销, and the rest in an overflow menu. */
export function Toolbar({ onView }: { onView: (view: View) => void }): JSX.Element {
  const styles = useStyles();
  const { session, state } = useSession();
  const t = session.t;
  return (
    <div>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<CheckmarkStarburst16Regular />}
          disabled={state.running}
          onClick={() => void session.validate()}
        >
          {t("validate")}
        </Button>
        <Select
          className={styles.scope}
          size="small"
          aria-label={t("scope")}
          value={state.scope}
          onChange={(_, d) => session.setScope(d.value as "active" | "all")}
        >
          <option value="active">{t("scopeActive")}</option>
          <option value="all">{t("scopeAll")}</option>
        </Select>
        <span className={styles.spacer} />
        <Tooltip content={t("undoTitle")} relationship="description">
          <Button
            aria-label={t("undo")}
            appearance="subtle"
            icon={<ArrowUndo20Regular />}
            disabled={state.running || state.journal.length === 0}
            onClick={() => void session.undo()}
          />
        </Tooltip>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button aria-label={t("moreActions")} appearance="subtle" icon={<MoreHorizontal20Regular />} />
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem icon={<Eraser20Regular />} disabled={state.running} onClick={() => void session.clearMarks()}>
                {t("clearMarks")}
              </MenuItem>
              <MenuItem icon={<History20Regular />} onClick={() => onView("journal")}>
                {t("journalTab")}
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      {state.running && (
        <div role="status">
          <ProgressBar
            value={state.progress ? state.progress.done / Math.max(1, state.progress.total) : undefined}
            aria-label={t("validating")}
          />
          <div className={styles.progress}>
            <Text size={200} className={styles.progressText}>
              {state.progress ? t("reading", { done: state.progress.done, total: state.progress.total }) : t("validating")}
            </Text>
            <Button size="small" aria-label={t("cancelRun")} onClick={() => session.cancel()}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
