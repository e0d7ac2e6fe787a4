import type { ExternalT } from "../../model/model.js";
import { phoneText, type ViewContext } from "./context.js";
import { formView, type FormView } from "./lists.js";

export type ExternalView = {
  id: string;
  name: string;
  kind: string;
  contact: string;
  office: string;
  duty: string;
  mobile: string;
  phones: string;
  email: string;
  url: string;
  when: string;
};

export function externalView(ctx: ViewContext, e: ExternalT): ExternalView {
  const phones = (["duty", "office", "mobile", "fax"] as const)
    .filter((k) => e.phones?.[k])
    .map((k) => `${ctx.t.phoneLabel(k)} ${phoneText(ctx, e.phones?.[k])}`);
  return {
    id: e.id,
    name: e.name,
    kind: e.kind ?? "",
    contact: e.contact ?? "",
    office: phoneText(ctx, e.phones?.office),
    duty: phoneText(ctx, e.phones?.duty),
    mobile: phoneText(ctx, e.phones?.mobile),
    phones: phones.join("　"),
    email: e.email ?? "",
    url: e.url ?? "",
    when: e.when ?? "",
  };
}

export function allForms(ctx: ViewContext): FormView[] {
  return ctx.model.data.forms.map((f) => formView(ctx, f));
}

