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
import { DEFAULT_CONFIDENCE, DEFAULT_FACT_STATUS } from "@casefile/schema/rules";
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
    hint: `Alleged is not a finding. Default: ${DEFAULT_FACT_STATUS.toLowerCase()}.`,
    optionLabel: (v) => STATUS_DESCRIPTIONS[v as keyof typeof STATUS_DESCRIPTIONS]?.split(":")[0] ?? v,
  },
  { name: "confidence", label: "Confidence (0–100)", kind: "number", placeholder: String(DEFAULT_CONFIDENCE) },
];

export const predicateOption = (v: string) => predicateLabel(v);
