import { Button, Text } from "@fluentui/react-components";
import { useListStyles } from "./list-styles";
import { useSession } from "./use-session";

/** Findings reviewers chose to ignore, stored in the workbook; each can be taken back. */
export function IgnoredView(): JSX.Element {
  const styles = useListStyles();
  const { session, state } = useSession();
  const t = session.t;
  if (state.ignoredList.length === 0) return <Text>{t("noIgnored")}</Text>;
  return (
    <ul className={styles.list} aria-label={t("ignoredTab")}>
      {state.ignoredList.map((i) => (
        <li key={i.id} className={styles.item}>
          <Text block size={200}>{`${i.sheet}!${i.cell} · ${i.ruleId}`}</Text>
          <Text block>{i.message}</Text>
          <Button size="small" onClick={() => void session.unignore(i.id)}>
            {t("unignore")}
          </Button>
        </li>
      ))}
    </ul>
  );
}
