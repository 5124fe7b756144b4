"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/states";

const Explorer = dynamic(() => import("./explorer").then((m) => m.Explorer), {
  ssr: false,
  loading: () => <Skeleton height={520} />,
});

export function ExplorerLoader({ defaultQuery }: { defaultQuery: string }) {
  return <Explorer defaultQuery={defaultQuery} />;
}
