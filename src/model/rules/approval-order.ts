import type { DataPath } from "../../load/parse-yaml.js";
import { localeText } from "../../locale/index.js";
import { lookup, type StepT } from "../model.js";
import { eachStepList } from "../references.js";
import type { Rule } from "./rule.js";
import { say } from "../../diagnostics/say.js";

/**
 * An approval is recorded before the act it approves. A form that records an
 * approval (预警信息发布审批表 / approval slip) is filled at the step that asks
 * for or gives the approval — never at the act itself: not at a step approved
 * beforehand (`approval:`), nor at a step after the approval in the same
 * procedure (“发布预警信息，并填写《预警信息发布审批表》” after 报请…批准).
 */
export const approvalBeforeAct: Rule = {
  id: "forms/approval-after-act",
  severity: "warning",
  description: "An approval form is filled where the approval is asked for or given, before the act it approves.",
  check({ model, report }) {
    const t = localeText(model.data.locale);
    const approvalForms = new Set(model.data.forms.filter((f) => t.checks.approvalForm.test(f.title)).map((f) => f.id));
    if (approvalForms.size === 0) return;
    const isApproval = (s: StepT) => t.checks.approvalAct.test(s.action ?? s.text ?? "");
    const walk = (steps: readonly StepT[], base: DataPath) => {
      let approved = false;
      steps.forEach((s, k) => {
        const act = !isApproval(s);
        if (s.record && approvalForms.has(s.record) && act && (approved || (s.approval?.length ?? 0) > 0)) {
          const form = lookup(model, s.record, "form");
          report(
            [...base, k, "record"],
            say("%{form} records an approval, but it is filled at the act it approves — after the approval", { form: form?.title ?? s.record }),
            say("Record the form at the step that asks for or gives the approval (报请…批准 / approve), before this one."),
          );
        }
        if (!act || (s.approval?.length ?? 0) > 0) approved = true;
      });
    };
    eachStepList(model.data, walk);
  },
};
