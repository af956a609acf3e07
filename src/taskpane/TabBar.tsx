import {
  Button,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { MoreHorizontal20Regular } from "@fluentui/react-icons";
import type { Translate } from "../app/i18n";
import type { View } from "./views";

const useStyles = makeStyles({
  // one row at any width: tabs that do not fit (English at 320 px) move into the ⋯ menu at the row's end
  row: { display: "flex", alignItems: "center", flexShrink: 0, minWidth: 0, overflow: "hidden" },
  tabs: { flexWrap: "nowrap", minWidth: 0 },
});

export interface TabSpec {
  value: View;
  label: string;
}

/**
 * The pane's tabs in one row. Fluent's Overflow measures them; the selected tab overflows last. The ⋯ button sits
 * beside the tab list, not in it, so the tab list holds only tabs. No padding is reserved: the row is measured
 * exactly (and a DOM without layout, where every width is 0, hides nothing).
 */
export function TabBar({ tabs, selected, onSelect, t }: { tabs: TabSpec[]; selected: View; onSelect: (v: View) => void; t: Translate }) {
  const styles = useStyles();
  return (
    <Overflow padding={0}>
      <div className={styles.row}>
        <TabList className={styles.tabs} selectedValue={selected} onTabSelect={(_, d) => onSelect(d.value as View)} size="small">
          {tabs.map((tab) => (
            <OverflowItem key={tab.value} id={tab.value} priority={tab.value === selected ? 2 : 1}>
              <Tab value={tab.value}>{tab.label}</Tab>
            </OverflowItem>
          ))}
        </TabList>
        <MoreTabs tabs={tabs} selected={selected} onSelect={onSelect} label={t("moreTabs")} />
      </div>
    </Overflow>
  );
}

function MoreTabs({ tabs, selected, onSelect, label }: { tabs: TabSpec[]; selected: View; onSelect: (v: View) => void; label: string }) {
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu checkedValues={{ view: [selected] }} onCheckedValueChange={(_, d) => onSelect(d.checkedItems[0] as View)}>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={ref} size="small" appearance="transparent" aria-label={label} icon={<MoreHorizontal20Regular />} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((tab) => (
            <HiddenTab key={tab.value} tab={tab} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** A menu entry only for a tab the row has no room for. */
function HiddenTab({ tab }: { tab: TabSpec }) {
  const visible = useIsOverflowItemVisible(tab.value);
  if (visible) return null;
  return (
    <MenuItemRadio name="view" value={tab.value}>
      {tab.label}
    </MenuItemRadio>
  );
}
