import { makeStyles, tokens } from "@fluentui/react-components";

/** A plain list of entries with a rule between them (ignored findings, the journal). */
export const useListStyles = makeStyles({
  item: { padding: "6px 0", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  list: { listStyle: "none", margin: 0, padding: 0 },
});
