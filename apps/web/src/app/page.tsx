import type { Metadata } from "next";
import { CaseIndex } from "@/components/case-index";

export const metadata: Metadata = { title: "Cases" };

/** The home page: the index of cases (no case is the default one). */
export default function Home() {
  return <CaseIndex />;
}
