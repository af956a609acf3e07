import {
  Button,
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
  tokens,
} from "@fluentui/react-components";
import type { Edit, Finding } from "../core/rules/types";
import { useSession } from "./use-session";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  item: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    padding: "6px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, marginTop: "4px", flexWrap: "wrap" },
  ignored: { opacity: 0.6 },
  preview: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, maxWidth: "280px" },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

export function EditList({ edits }: { edits: Edit[] }): JSX.Element {
  const styles = useStyles();
  const { session } = useSession();
  const show = (v: Edit["before"]) => (v === null || v === undefined || v === "" ? session.t("empty") : String(v));
  return (
    <ul style={{ margin: 0, paddingLeft: "1em" }}>
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

export function FindingItem({ finding: f, ignored }: { finding: Finding; ignored: boolean }): JSX.Element {
  const styles = useStyles();
  const { session, state } = useSession();
  const t = session.t;
  const message = session.locale === "en" ? f.messageEn : f.message;
  return (
    <li className={`${styles.item} ${ignored ? styles.ignored : ""}`}>
      <SeverityIcon severity={f.severity} />
      <div>
        <div className={styles.head}>
          <Link as="button" onClick={() => void session.select(f)} aria-label={t("goToCell", { cell: `${f.sheet}!${f.cell}` })}>
            {f.cell}
          </Link>
          <Badge appearance="outline" size="small">
            {f.ruleId}
          </Badge>
          {ignored && (
            <Badge size="small" color="subtle">
              {t("ignored")}
            </Badge>
          )}
        </div>
        <Text block size={300}>
          {message}
        </Text>
        <div className={styles.actions}>
          {f.fix && (
            <Popover withArrow trapFocus>
              <PopoverTrigger disableButtonEnhancement>
                <Button size="small" appearance="primary" disabled={state.running}>
                  {t("fix")}
                </Button>
              </PopoverTrigger>
              <PopoverSurface aria-label={`${t("fix")} ${f.cell}`}>
                <div className={styles.preview}>
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
            <Button size="small" appearance="subtle" onClick={() => void session.unignore(f.id)}>
              {t("unignore")}
            </Button>
          ) : (
            <Button size="small" appearance="subtle" onClick={() => void session.ignore(f)}>
              {t("ignore")}
            </Button>
          )}
        </div>
      </div>
    </li>
  );
}
