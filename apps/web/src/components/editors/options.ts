import {
  artifactKinds,
  caseRoles,
  caseStatuses,
  entityKinds,
  eventKinds,
  factStatuses,
  organizationKinds,
  participantRoles,
  personaKinds,
  placeKinds,
  predicates,
  sourceKinds,
} from "@casefile/schema/enums";
import { STATUS_DESCRIPTIONS } from "@/lib/enums";
import { predicateLabel } from "@/lib/format";
import type { FieldSpec } from "../forms/form-values";

export {
  artifactKinds,
  caseRoles,
  caseStatuses,
  entityKinds,
  eventKinds,
  factStatuses,
  organizationKinds,
  participantRoles,
  personaKinds,
  placeKinds,
  predicates,
  sourceKinds,
};

/** Status and confidence: every fact has them. */
export const factSpecs: FieldSpec[] = [
  {
    name: "status",
    label: "Status",
    kind: "select",
    options: factStatuses,
    allowEmpty: true,
    hint: "Alleged is not a finding. Default: alleged.",
    optionLabel: (v) => STATUS_DESCRIPTIONS[v as keyof typeof STATUS_DESCRIPTIONS]?.split(":")[0] ?? v,
  },
  { name: "confidence", label: "Confidence (0–100)", kind: "number", placeholder: "50" },
];

export const predicateOption = (v: string) => predicateLabel(v);
