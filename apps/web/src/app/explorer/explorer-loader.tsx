"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/states";

// The editor's code is requested as soon as this module runs, in parallel with hydration.
const loadExplorer = () => import("./explorer").then((m) => m.Explorer);
if (typeof window !== "undefined") void loadExplorer();

const Explorer = dynamic(loadExplorer, {
  ssr: false,
  loading: () => <Skeleton height={520} />,
});

export function ExplorerLoader(props: { defaultQuery: string; query?: string; variables?: string }) {
  return <Explorer {...props} />;
}
