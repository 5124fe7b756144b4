import type { Metadata } from "next";
import { CaseIndex } from "@/components/case-index";

export const metadata: Metadata = { title: "Cases" };

/** `/cases`: the same index of cases as the home page. */
export default function CasesPage() {
  return <CaseIndex />;
}
