import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useSession } from "./use-session";
import { EditList } from "./FindingItem";
import { ruleTitle } from "../app/rule-titles";

/** 全部修复 for one rule, with every change shown before it is made. */
export function FixAllDialog({ ruleId, onClose }: { ruleId: string; onClose: () => void }): JSX.Element {
  const { session } = useSession();
  const t = session.t;
  const edits = session.bulkEdits(ruleId);
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{t("fixAllTitle", { rule: ruleTitle(ruleId, session.locale) })}</DialogTitle>
          <DialogContent>
            <p>{t("fixAllBody", { n: edits.length })}</p>
            <div style={{ maxHeight: "40vh", overflowY: "auto" }}>
              <EditList edits={edits} />
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {t("cancel")}
            </Button>
            <Button
              appearance="primary"
              onClick={() => {
                onClose();
                void session.fixAll(ruleId);
              }}
            >
              {t("fixConfirm")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
