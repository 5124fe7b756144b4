import type { FactStatus } from "@/gql/graphql";
import { STATUS_DESCRIPTIONS } from "@/lib/enums";

/**
 * The status of a fact, always visible next to it. A legal case is a set of allegations, so
 * ALLEGED and UNVERIFIED are shown as such, never as a finding. The confidence is optional.
 */
export function StatusBadge({ status, confidence }: { status: FactStatus; confidence?: number | null }) {
  const description = STATUS_DESCRIPTIONS[status];
  const title = confidence == null ? description : `${description} (confidence ${confidence}/100)`;
  return (
    <span className={`badge status-${status.toLowerCase()}`} title={title}>
      {status.toLowerCase()}
      {confidence != null ? <span className="visually-hidden">, confidence {confidence} of 100</span> : null}
    </span>
  );
}

export function StatusLegend({ statuses }: { statuses: readonly FactStatus[] }) {
  return (
    <ul className="legend" aria-label="Status legend">
      {statuses.map((status) => (
        <li key={status}>
          <StatusBadge status={status} />
          <span className="muted">{STATUS_DESCRIPTIONS[status].split(":")[1]?.trim()}</span>
        </li>
      ))}
    </ul>
  );
}
