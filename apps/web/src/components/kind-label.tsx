import type { EntityKind } from "@/gql/graphql";
import { KIND_COLORS } from "@/lib/enums";
import { humanize } from "@/lib/format";

export function KindLabel({ kind }: { kind: EntityKind }) {
  return (
    <span className="kind-dot">
      <span className="swatch" style={{ background: KIND_COLORS[kind] }} aria-hidden="true" />
      {humanize(kind)}
    </span>
  );
}
