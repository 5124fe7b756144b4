import Link from "next/link";
import type { CaseOverviewQuery, FactStatus } from "@/gql/graphql";
import { chargeHref, chargeLinkHref, defendantsSummary } from "@/lib/charge-defendants";
import { CHARGE_STATUS_NOTE, STATUS_DESCRIPTIONS } from "@/lib/enums";
import { humanize } from "@/lib/format";
import { entityHref } from "@/lib/links";

type Charge = NonNullable<CaseOverviewQuery["case"]>["charges"][number];

const SHORT: Record<FactStatus, string> = {
  ALLEGED: "A",
  REPORTED: "R",
  CONFIRMED: "C",
  DISPUTED: "D",
  REFUTED: "X",
  UNVERIFIED: "U?",
};

/**
 * Rows: defendants in indictment order; columns: counts. Each cell shows the status of the
 * charge link (who is charged in counts 2-10 is unverified, say) in its own style, with a legend.
 * Every cell opens its link (status, quoted passages, threads); every column head opens its count.
 */
export function DefendantMatrix({
  defendants,
  countNumbers,
  charges,
}: {
  defendants: ReadonlyArray<{ id: string; name: string; status: FactStatus }>;
  countNumbers: readonly number[];
  charges: readonly Charge[];
}) {
  const byCount = new Map<number, Charge[]>();
  for (const charge of charges) byCount.set(charge.countNumber, [...(byCount.get(charge.countNumber) ?? []), charge]);
  const linkOf = (defendantId: string, count: number): { status: FactStatus; chargeId: string } | null => {
    for (const charge of byCount.get(count) ?? []) {
      const link = charge.defendants.find((d) => d.defendant.id === defendantId);
      if (link) return { status: link.status, chargeId: charge.id };
    }
    return null;
  };
  const linkStatus = (defendantId: string, count: number): FactStatus | null => linkOf(defendantId, count)?.status ?? null;
  const used = new Set<FactStatus>();
  for (const d of defendants)
    for (const n of countNumbers) {
      const s = linkStatus(d.id, n);
      if (s) used.add(s);
    }
  return (
    <>
      <div className="matrix-wrap">
        <table className="matrix" data-testid="defendant-matrix">
          <caption className="visually-hidden">
            Defendants by counts. Each cell gives the status of the link: whether the sources state that the defendant is charged
            in that count; it opens the link with its citations and questions.
          </caption>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: "left", paddingLeft: "0.6rem" }}>
                Defendant
              </th>
              {countNumbers.map((n) => {
                const charge = byCount.get(n)?.[0];
                if (!charge)
                  return (
                    <th key={n} scope="col">
                      <span className="visually-hidden">Count </span>
                      {n}
                    </th>
                  );
                const summary = defendantsSummary(charge.defendants);
                return (
                  <th key={n} scope="col" title={`Count ${n}: ${charge.title} (${charge.statute}), ${summary}`}>
                    <Link href={chargeHref(charge.id)} data-testid="matrix-count">
                      <span className="visually-hidden">Count </span>
                      {n}
                      <span className="visually-hidden">: {summary}</span>
                    </Link>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {defendants.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <Link href={entityHref(d.id)}>{d.name}</Link>
                </th>
                {countNumbers.map((n) => {
                  const link = linkOf(d.id, n);
                  if (!link)
                    return (
                      <td key={n}>
                        <span className="matrix-cell empty" title={`Not charged in count ${n}`}>
                          <span aria-hidden="true">·</span>
                          <span className="visually-hidden">not charged</span>
                        </span>
                      </td>
                    );
                  const { status, chargeId } = link;
                  return (
                    <td key={n}>
                      <Link
                        className={`matrix-cell matrix-link status-${status.toLowerCase()}`}
                        href={chargeLinkHref(chargeId, d.id)}
                        title={`${d.name}, count ${n}: ${STATUS_DESCRIPTIONS[status]}. Open the link's citations and questions.`}
                        data-testid="matrix-cell"
                      >
                        <span aria-hidden="true">{SHORT[status]}</span>
                        <span className="visually-hidden">
                          {humanize(status)}: {d.name} in count {n}
                        </span>
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="matrix-legend list-plain" aria-label="Matrix legend">
        {[...used].map((status) => (
          <li key={status} style={{ display: "inline-flex", gap: "0.4rem", alignItems: "center" }}>
            <span
              className={`matrix-cell status-${status.toLowerCase()}`}
              style={{ width: "1.8rem", height: "1.4rem", borderRadius: 4 }}
              aria-hidden="true"
            >
              {SHORT[status]}
            </span>
            {STATUS_DESCRIPTIONS[status]}
          </li>
        ))}
        <li style={{ display: "inline-flex", gap: "0.4rem", alignItems: "center" }}>
          <span className="matrix-cell empty" style={{ width: "1.8rem", height: "1.4rem" }} aria-hidden="true">
            ·
          </span>
          Not charged in that count
        </li>
        <li>
          Cells give each defendant's link to a count and open it with its citations and questions; a count's number opens the
          count. {CHARGE_STATUS_NOTE}
        </li>
      </ul>
    </>
  );
}
