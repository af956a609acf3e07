import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ruleTitle } from "../app/rule-titles";
import { useListStyles } from "./list-styles";
import { useSession } from "./use-session";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", justifyContent: "space-between" },
});

/** Findings reviewers chose to ignore (with their reason and date) and rules turned off, all kept in the workbook. */
export function IgnoredView(): JSX.Element {
  const styles = useStyles();
  const list = useListStyles();
  const { session, state } = useSession();
  const t = session.t;
  const locale = session.locale;
  const off = Object.entries(state.config.rules)
    .filter(([, s]) => s === "off")
    .map(([id]) => id);
  return (
    <div className={styles.root}>
      {off.length > 0 && (
        <section aria-label={t("rulesOff")}>
          <Text block weight="semibold">
            {t("rulesOff")}
          </Text>
          <ul className={list.list}>
            {off.map((id) => (
              <li key={id} className={`${list.item} ${styles.row}`}>
                <Text title={t("ruleTip", { id })}>{ruleTitle(id, locale)}</Text>
                <Button size="small" onClick={() => void session.setRuleOff(id, false)}>
                  {t("turnOn")}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {state.ignoredList.length === 0 ? (
        <Text>{t("noIgnored")}</Text>
      ) : (
        <ul className={list.list} aria-label={t("ignoredTab")}>
          {state.ignoredList.map((i) => (
            <li key={i.id} className={list.item}>
              <Text block size={200} className={styles.muted}>
                {`${i.sheet}!${i.cell} · ${ruleTitle(i.ruleId, locale)} · ${t("ignoredAt", { date: new Date(i.at).toLocaleDateString(locale) })}`}
              </Text>
              <Text block>{i.message}</Text>
              {i.reason && (
                <Text block size={200}>
                  {t("ignoredReasonLine", { reason: i.reason })}
                </Text>
              )}
              <Button size="small" onClick={() => void session.unignore(i.id)}>
                {t("unignore")}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
