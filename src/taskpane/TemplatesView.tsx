import { useMemo, useState } from "react";
import { Badge, Button, Field, Radio, RadioGroup, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { classifyProject } from "../core/templates/classify";
import type { ProjectBlock } from "../core/model";
import { useSession } from "./use-session";
import { useListStyles } from "./list-styles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** FileReader rather than Blob.text(): older Office webviews lack the latter. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result ?? ""));
    r.onerror = () => reject(r.error);
    r.readAsText(file, "utf-8");
  });
}

const key = (p: ProjectBlock) => `${p.sheet}\u0000${p.firstRow}`;

/** 插入模板指标: pick the project and its type (suggested), preview the rows, insert them. */
export function TemplatesView(): JSX.Element {
  const styles = useStyles();
  const list = useListStyles();
  const { session, state } = useSession();
  const projects = useMemo(() => state.result?.model.sheets.flatMap((s) => s.projects) ?? [], [state.result]);
  const [projectKey, setProjectKey] = useState<string>("");
  const [typeId, setTypeId] = useState<string>("");
  const block = projects.find((p) => key(p) === projectKey) ?? null;
  const suggestions = useMemo(() => (block ? classifyProject(block, state.types) : []), [block, state.types]);
  const chosen = typeId || suggestions[0]?.typeId || "";
  const plan = useMemo(() => (block && chosen ? session.planFor(block, chosen) : null), [block, chosen, state.result, state.types]);

  const choose = (p: ProjectBlock | null) => {
    setProjectKey(p ? key(p) : "");
    setTypeId("");
  };

  return (
    <section className={styles.root} aria-label="插入模板指标">
      {!state.result ? (
        <Text>请先点击“校验”，识别工作表中的项目块，再为项目插入模板指标。</Text>
      ) : (
        <>
          <div className={styles.row}>
            <Field label="项目">
              <Select value={projectKey} onChange={(_, d) => choose(projects.find((p) => key(p) === d.value) ?? null)}>
                <option value="">选择项目…</option>
                {projects.map((p) => (
                  <option key={key(p)} value={key(p)}>{`${p.name}（${p.sheet} 第 ${p.firstRow} 行）`}</option>
                ))}
              </Select>
            </Field>
            <Button onClick={async () => choose(await session.projectAtSelection())}>选取当前单元格所在项目</Button>
          </div>
          {block && (
            <>
              <Field label="项目类型（按名称、资金用途和绩效目标推荐）">
                <RadioGroup value={chosen} onChange={(_, d) => setTypeId(d.value)}>
                  {suggestions.map((s) => (
                    <Radio
                      key={s.typeId}
                      value={s.typeId}
                      label={`${s.name}（匹配度 ${Math.round(s.score * 100)}%：${s.matched.slice(0, 4).join("、")}）`}
                    />
                  ))}
                </RadioGroup>
              </Field>
              <Field label="或选择其他类型">
                <Select value={chosen} onChange={(_, d) => setTypeId(d.value)}>
                  <option value="">—</option>
                  {state.types.map((t) => (
                    <option key={t.id} value={t.id}>{`${t.name}（${t.packName}）`}</option>
                  ))}
                </Select>
              </Field>
            </>
          )}
          {plan && (
            <div>
              <Text
                weight="semibold"
                block
              >{`将插入 ${plan.added.length} 条指标${plan.skipped.length ? `，已有而跳过 ${plan.skipped.length} 条` : ""}：`}</Text>
              <ul className={list.list} aria-label="插入预览">
                {plan.added.map((a) => (
                  <li key={`${a.row}-${a.name}`} className={list.item}>
                    <Text
                      block
                      size={200}
                      className={styles.muted}
                    >{`第 ${a.row} 行 · ${[a.level1, a.level2].filter(Boolean).join(" / ")}`}</Text>
                    <Text>{`${a.name}：${a.value} `}</Text>
                    {a.placeholder && (
                      <Badge color="warning" size="small">
                        待填
                      </Badge>
                    )}
                  </li>
                ))}
              </ul>
              {plan.skipped.length > 0 && <Text block size={200} className={styles.muted}>{`跳过：${plan.skipped.join("、")}`}</Text>}
              <Button appearance="primary" disabled={state.running || plan.added.length === 0} onClick={() => void session.insert(plan)}>
                {`插入 ${plan.added.length} 条指标`}
              </Button>
            </div>
          )}
        </>
      )}
      <section aria-label="模板包">
        <Text weight="semibold" block>
          模板包
        </Text>
        <ul className={list.list}>
          {state.packs.map((p) => (
            <li key={`${p.origin}-${p.label}`} className={list.item}>
              <Text
                block
              >{`${p.label}（${{ builtin: "内置", organisation: "本单位", workbook: "本工作簿" }[p.origin]}）${p.ok ? `：${p.types} 个项目类型` : "：无效，未使用"}`}</Text>
              {p.errors.map((e) => (
                <Text key={e} block size={200} className={styles.error}>
                  {e}
                </Text>
              ))}
            </li>
          ))}
        </ul>
        <div>
          <label htmlFor="kpi-pack-file">
            <Text size={200}>从文件导入模板包（.json），保存在本工作簿</Text>
          </label>
          <input
            id="kpi-pack-file"
            type="file"
            accept=".json,application/json"
            onChange={async (e) => {
              const f = e.target.files?.[0];
              if (f) await session.importPackText(await readText(f));
              e.target.value = "";
            }}
          />
        </div>
      </section>
    </section>
  );
}
