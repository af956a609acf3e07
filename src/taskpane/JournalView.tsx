import { Button, Text } from "@fluentui/react-components";
import { useListStyles } from "./list-styles";
import { useSession } from "./use-session";
import { EditList } from "./FindingItem";

/** Every change the add-in made, newest first; 撤销 takes back the newest. */
export function JournalView(): JSX.Element {
  const styles = useListStyles();
  const { session, state } = useSession();
  const t = session.t;
  if (state.journal.length === 0) return <Text>{t("noJournal")}</Text>;
  const entries = [...state.journal].reverse();
  return (
    <div>
      <Button size="small" disabled={state.running} onClick={() => void session.undo()}>
        {t("undoEntry", { label: entries[0].label })}
      </Button>
      <ul className={styles.list} aria-label={t("journalTab")}>
        {entries.map((e) => (
          <li key={e.id} className={styles.item}>
            <Text block weight="semibold">
              {e.label}
            </Text>
            <Text block size={200}>
              {new Date(e.at).toLocaleString(session.locale)}
            </Text>
            <EditList edits={e.cells.map((c) => ({ ...c, before: c.before, after: c.after }))} />
            {e.insertedRows?.map((r) => (
              <Text key={`${r.sheet}${r.row}`} block size={200}>
                {t("insertedRows", { n: r.count, sheet: r.sheet, row: r.row })}
              </Text>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
