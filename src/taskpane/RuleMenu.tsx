import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { MoreHorizontal20Regular } from "@fluentui/react-icons";
import { activeFindings } from "../app/workflow";
import { ruleTitle } from "../app/rule-titles";
import { useSession } from "./use-session";

/** A rule's bulk actions (on a rule's group, and on the current finding): 全部修复, 全部忽略, 关闭此规则（本工作簿）. */
export function RuleMenu({ ruleId, onFixAll }: { ruleId: string; onFixAll?: (ruleId: string) => void }): JSX.Element {
  const { session, state } = useSession();
  const t = session.t;
  const rule = ruleTitle(ruleId, session.locale);
  const active = state.result ? activeFindings(state.result).filter((f) => f.ruleId === ruleId) : [];
  const fixable = active.filter((f) => f.fix).length;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button size="small" appearance="subtle" aria-label={t("ruleActions", { rule })} icon={<MoreHorizontal20Regular />} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {onFixAll && fixable > 0 && (
            <MenuItem disabled={state.running} onClick={() => onFixAll(ruleId)}>
              {t("fixAllItem", { rule: t("fixAll"), n: fixable })}
            </MenuItem>
          )}
          {active.length > 1 && <MenuItem onClick={() => void session.ignoreRule(ruleId)}>{t("ignoreAll", { n: active.length })}</MenuItem>}
          <MenuItem onClick={() => void session.setRuleOff(ruleId, true)}>{t("disableRule")}</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
