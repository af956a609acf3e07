import {
  Button,
  Field,
  Input,
  Link,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Text,
  Badge,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Edit, Finding } from "../core/rules/types";
import { ruleTitle } from "../app/rule-titles";
import { useSession } from "./use-session";
import { SeverityIcon } from "./SeverityIcon";
import { RuleWhy } from "./RuleWhy";
import { RuleMenu } from "./RuleMenu";

const useStyles = makeStyles({
  item: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    padding: "4px 4px 4px 2px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    borderLeft: "3px solid transparent",
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
  },
  icon: { paddingTop: "2px" },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", minWidth: 0 },
  rule: {
    color: tokens.colorNeutralForeground3,
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  message: { overflowWrap: "anywhere" },
  // a finding that is not the current one shows two lines; the current one all of it, with its actions
  clamp: { display: "-webkit-box", WebkitLineClamp: 2, WebkitBoxOrient: "vertical", overflow: "hidden" },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, marginTop: "4px", flexWrap: "wrap" },
  ignored: { opacity: 0.6 },
  popover: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, maxWidth: "260px" },
  code: { fontFamily: tokens.fontFamilyMonospace },
  edits: { margin: 0, paddingLeft: "1em", overflowWrap: "anywhere" },
});

export function EditList({ edits }: { edits: Edit[] }): JSX.Element {
  const styles = useStyles();
  const { session } = useSession();
  const show = (v: Edit["before"]) => (v === null || v === undefined || v === "" ? session.t("empty") : String(v));
  return (
    <ul className={styles.edits}>
      {edits.map((e) => (
        <li key={`${e.sheet}!${e.cell}`}>
          <span className={styles.code}>{e.cell}</span>
          {session.t("colon")}
          {show(e.before)} → <strong>{show(e.after)}</strong>
        </li>
      ))}
    </ul>
  );
}

export interface FindingItemProps {
  finding: Finding;
  ignored: boolean;
  current: boolean;
  /** The rule's title beside the cell (left out when the list is grouped by rule). */
  showRule: boolean;
}

export function FindingItem({ finding: f, ignored, current, showRule }: FindingItemProps): JSX.Element {
  const styles = useStyles();
  const { session } = useSession();
  const t = session.t;
  const message = session.locale === "en" ? f.messageEn : f.message;
  return (
    <li
      data-finding={f.cell}
      aria-current={current ? "true" : undefined}
      className={mergeClasses(styles.item, current && styles.current, ignored && styles.ignored)}
    >
      <span className={styles.icon}>
        <SeverityIcon severity={f.severity} label={t(f.severity)} />
      </span>
      <div>
        <div className={styles.head}>
          <Link as="button" onClick={() => void session.goTo(f)} aria-label={t("goToCell", { cell: `${f.sheet}!${f.cell}` })}>
            {f.cell}
          </Link>
          {showRule && (
            <Text size={200} className={styles.rule} title={t("ruleTip", { id: f.ruleId })}>
              {ruleTitle(f.ruleId, session.locale)}
            </Text>
          )}
          {ignored && (
            <Badge size="small" color="subtle">
              {t("ignored")}
            </Badge>
          )}
        </div>
        <Text block size={300} className={mergeClasses(styles.message, !current && styles.clamp)}>
          {message}
        </Text>
        {current && <FindingActions finding={f} ignored={ignored} />}
      </div>
    </li>
  );
}

/** The current finding's actions, all secondary: 修复 (with its preview), 建议, 忽略 (with a reason), 为什么？, more. */
function FindingActions({ finding: f, ignored }: { finding: Finding; ignored: boolean }): JSX.Element {
  const styles = useStyles();
  const { session, state } = useSession();
  const t = session.t;
  const [why, setWhy] = useState(false);
  const [reason, setReason] = useState("");
  return (
    <>
      <div className={styles.actions}>
        {f.fix && (
          <Popover withArrow trapFocus>
            <PopoverTrigger disableButtonEnhancement>
              <Button size="small" disabled={state.running}>
                {t("fix")}
              </Button>
            </PopoverTrigger>
            <PopoverSurface aria-label={`${t("fix")} ${f.cell}`}>
              <div className={styles.popover}>
                <EditList edits={f.fix.edits} />
                <Button appearance="primary" size="small" onClick={() => void session.fix(f)}>
                  {t("fixConfirm")}
                </Button>
              </div>
            </PopoverSurface>
          </Popover>
        )}
        {f.suggestions.length > 0 && (
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button size="small" disabled={state.running}>
                {t("suggestions")}
              </Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {f.suggestions.map((s) => (
                  <MenuItem key={s.label} onClick={() => void session.fix(f, s.edits)}>
                    {session.locale === "en" ? s.labelEn : s.label}
                  </MenuItem>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
        )}
        {ignored ? (
          <Button size="small" onClick={() => void session.unignore(f.id)}>
            {t("unignore")}
          </Button>
        ) : (
          <Popover withArrow trapFocus>
            <PopoverTrigger disableButtonEnhancement>
              <Button size="small">{t("ignore")}</Button>
            </PopoverTrigger>
            <PopoverSurface aria-label={t("ignoreTitle", { cell: f.cell })}>
              <form
                className={styles.popover}
                onSubmit={(e) => {
                  e.preventDefault();
                  void session.ignore(f, reason);
                }}
              >
                <Field label={t("ignoreReason")}>
                  <Input value={reason} onChange={(_, d) => setReason(d.value)} />
                </Field>
                <Button type="submit" appearance="primary" size="small">
                  {t("ignoreConfirm")}
                </Button>
              </form>
            </PopoverSurface>
          </Popover>
        )}
        <Button size="small" appearance="subtle" aria-expanded={why} onClick={() => setWhy(!why)}>
          {t("why")}
        </Button>
        <RuleMenu ruleId={f.ruleId} />
      </div>
      {why && <RuleWhy ruleId={f.ruleId} />}
    </>
  );
}
