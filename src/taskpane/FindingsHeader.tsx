import {
  Button,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemCheckbox,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Input,
  Text,
  ToggleButton,
  Tooltip,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ChevronDown20Regular, ChevronUp20Regular, Filter20Regular, Search16Regular } from "@fluentui/react-icons";
import type { Severity } from "../core/rules/types";
import { ruleTitle } from "../app/rule-titles";
import { useSession } from "./use-session";
import { SeverityIcon } from "./SeverityIcon";
import type { GroupBy, SortBy } from "./state";

const useStyles = makeStyles({
  // sticky: the counts, the filter and 上一个 / 下一个 stay while the list scrolls
  root: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center", minWidth: 0 },
  // at 320 px the three counts and 上一个 / 下一个 share one row; they wrap only if the pane is narrower still
  counts: { display: "flex", flexWrap: "wrap", minWidth: 0 },
  count: { minWidth: 0, paddingLeft: "2px", paddingRight: "4px", whiteSpace: "nowrap" },
  spacer: { flexGrow: 1 },
  search: { flexGrow: 1, minWidth: 0, maxWidth: "none" },
  position: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** A titled group of radio items in the view menu (its checked value is the menu's `checkedValues[name]`). */
const radioGroup = (name: string, title: string, options: Array<[string, string]>) => (
  <MenuGroup>
    <MenuGroupHeader>{title}</MenuGroupHeader>
    {options.map(([value, label]) => (
      <MenuItemRadio key={value} name={name} value={value}>
        {label}
      </MenuItemRadio>
    ))}
  </MenuGroup>
);

export interface HeaderProps {
  counts: Record<Severity, number>;
  position: { index: number; total: number };
  fixable: Array<[string, number]>;
  onFixAll: (ruleId: string) => void;
}

/** Severity counts that filter (click = only this one, again = all), 上一个 / 下一个, the text filter, grouping, order and 全部修复. */
export function FindingsHeader({ counts, position, fixable, onFixAll }: HeaderProps): JSX.Element {
  const styles = useStyles();
  const { session, state } = useSession();
  const t = session.t;
  const only = state.filters.severities.length === 1 ? state.filters.severities[0] : null;
  const navButton = (delta: 1 | -1) => (
    <Tooltip content={t("navHint")} relationship="description">
      <Button
        size="small"
        appearance="subtle"
        aria-label={t(delta > 0 ? "nextFinding" : "prevFinding")}
        icon={delta > 0 ? <ChevronDown20Regular /> : <ChevronUp20Regular />}
        disabled={position.total === 0}
        onClick={() => void session.move(delta)}
      />
    </Tooltip>
  );
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <div className={styles.counts} role="group" aria-label={t("severity")}>
          {SEVERITIES.map((s) => (
            <Tooltip key={s} content={t("onlySeverity", { severity: t(s) })} relationship="description">
              <ToggleButton
                className={styles.count}
                size="small"
                appearance={only === s ? "primary" : "subtle"}
                checked={only === s}
                icon={<SeverityIcon severity={s} />}
                onClick={() => session.setFilters({ severities: only === s ? [...SEVERITIES] : [s] })}
              >
                {`${t(s)} ${counts[s]}`}
              </ToggleButton>
            </Tooltip>
          ))}
        </div>
        <span className={styles.spacer} />
        {navButton(-1)}
        <Text size={200} className={styles.position} aria-live="polite">
          {position.index > 0 ? t("navPosition", { i: position.index, n: position.total }) : position.total}
        </Text>
        {navButton(1)}
      </div>
      <div className={styles.row}>
        <Input
          className={styles.search}
          size="small"
          type="search"
          contentBefore={<Search16Regular />}
          aria-label={t("searchFindings")}
          placeholder={t("searchPlaceholder")}
          value={state.filters.text}
          onChange={(_, d) => session.setFilters({ text: d.value })}
        />
        <Menu
          checkedValues={{ group: [state.groupBy], sort: [state.sortBy], ignored: state.filters.showIgnored ? ["show"] : [] }}
          onCheckedValueChange={(_, d) => {
            if (d.name === "group") session.setGroupBy(d.checkedItems[0] as GroupBy);
            else if (d.name === "sort") session.setSortBy(d.checkedItems[0] as SortBy);
            else session.setFilters({ showIgnored: d.checkedItems.includes("show") });
          }}
        >
          <MenuTrigger disableButtonEnhancement>
            <Button size="small" aria-label={t("viewOptions")} icon={<Filter20Regular />} />
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {radioGroup("group", t("groupBy"), [
                ["project", t("groupByProject")],
                ["rule", t("groupByRule")],
              ])}
              <MenuDivider />
              {radioGroup("sort", t("sortBy"), [
                ["sheet", t("sortBySheet")],
                ["severity", t("sortBySeverity")],
              ])}
              <MenuDivider />
              <MenuItemCheckbox name="ignored" value="show">
                {t("showIgnored")}
              </MenuItemCheckbox>
            </MenuList>
          </MenuPopover>
        </Menu>
        {fixable.length > 0 && (
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button size="small" disabled={state.running}>
                {t("fixAll")}
              </Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {fixable.map(([rule, n]) => (
                  <MenuItem key={rule} onClick={() => onFixAll(rule)}>
                    {t("fixAllItem", { rule: ruleTitle(rule, session.locale), n })}
                  </MenuItem>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
        )}
      </div>
    </div>
  );
}
