import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Open12Regular } from "@fluentui/react-icons";
import { Fragment, useEffect, useState } from "react";
import type { RuleDoc } from "../app/rule-doc";
import { ruleSummary } from "../app/rule-titles";
import { useSession } from "./use-session";
import { ruleDocPage } from "./rule-docs";

const useStyles = makeStyles({
  root: {
    marginTop: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
  head: { fontWeight: tokens.fontWeightSemibold },
  bad: { color: tokens.colorPaletteRedForeground1, fontFamily: tokens.fontFamilyMonospace },
  good: { color: tokens.colorPaletteGreenForeground1, fontFamily: tokens.fontFamilyMonospace },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

/** Markdown's inline `code` and **bold** as text elements: the docs are ours, but nothing is set as HTML. */
function Inline({ text }: { text: string }): JSX.Element {
  const styles = useStyles();
  const parts = text.split(/(`[^`]+`|\*\*[^*]+\*\*)/);
  return (
    <>
      {parts.map((p, i) =>
        p.startsWith("`") ? (
          <code key={i} className={styles.code}>
            {p.slice(1, -1)}
          </code>
        ) : p.startsWith("**") ? (
          <strong key={i}>{p.slice(2, -2)}</strong>
        ) : (
          <Fragment key={i}>{p}</Fragment>
        ),
      )}
    </>
  );
}

function Paragraphs({ text }: { text: string }): JSX.Element {
  return (
    <>
      {text.split(/\n\s*\n/).map((p, i) => (
        <Text key={i} block size={200}>
          <Inline text={p.replace(/\n/g, " ")} />
        </Text>
      ))}
    </>
  );
}

/** The why under a finding: what the rule checks, a bad → good example, the basis, and the full doc page. */
export function RuleWhy({ ruleId }: { ruleId: string }): JSX.Element {
  const styles = useStyles();
  const { session } = useSession();
  const t = session.t;
  const en = session.locale === "en";
  const [doc, setDoc] = useState<RuleDoc | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void session.ruleDoc(ruleId).then((d) => live && setDoc(d));
    return () => {
      live = false;
    };
  }, [session, ruleId]);

  if (doc === undefined)
    return (
      <Text block size={200} role="status">
        {t("docLoading")}
      </Text>
    );
  const what = doc ? (en ? doc.what.en : doc.what.zh) : "";
  const why = doc ? (en ? doc.why.en : doc.why.zh) : "";
  return (
    <div className={styles.root}>
      <Text block size={200} className={styles.head}>
        {t("docWhat")}
      </Text>
      <Paragraphs text={what || ruleSummary(ruleId, session.locale)} />
      {doc?.example.map((d) => (
        <Text key={d.label} block size={200}>
          {`${t("docExample")}${t("colon")}${d.label ? `${d.label} ` : ""}`}
          <span className={styles.bad}>{d.bad}</span>
          {" → "}
          <span className={styles.good}>{d.good}</span>
        </Text>
      ))}
      {why && (
        <>
          <Text block size={200} className={styles.head}>
            {t("docWhy")}
          </Text>
          <Paragraphs text={why} />
        </>
      )}
      {doc ? (
        <Link href={ruleDocPage(ruleId, session.locale)} target="_blank" rel="noopener">
          {t("docFull")} <Open12Regular />
        </Link>
      ) : (
        <Text block size={200}>
          {t("docMissing")}
        </Text>
      )}
    </div>
  );
}
