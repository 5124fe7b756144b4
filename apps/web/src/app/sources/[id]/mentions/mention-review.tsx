"use client";

import { acceptMentionSuggestionInput } from "@casefile/schema/validators";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Fragment, useMemo, useState } from "react";
import { caseRoles } from "@/components/editors/options";
import { KindLabel } from "@/components/kind-label";
import type { EntityKind, MentionSuggestionsQuery } from "@/gql/graphql";
import { describeFailure } from "@/lib/form";
import { humanize } from "@/lib/format";
import { clientQuery } from "@/lib/graphql-client";
import { citationHref, entityHref } from "@/lib/links";
import { AcceptMentionMutation, RejectMentionMutation } from "@/operations/source-edit";

type Suggestions = Extract<NonNullable<MentionSuggestionsQuery["node"]>, { __typename: "Source" }>["mentionSuggestions"];
type Known = Suggestions["known"][number];
type Candidate = Suggestions["candidates"][number];
type Mention = (Known | Candidate) & { isCandidate: boolean };

/** The text cut into plain runs and mentions; overlapping mentions keep the first. */
function cut(text: string, mentions: readonly Mention[]) {
  const parts: Array<{ start: number; text: string; mention: Mention | null }> = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.end > text.length) continue;
    if (m.start > at) parts.push({ start: at, text: text.slice(at, m.start), mention: null });
    parts.push({ start: m.start, text: text.slice(m.start, m.end), mention: m });
    at = m.end;
  }
  if (at < text.length) parts.push({ start: at, text: text.slice(at), mention: null });
  return parts;
}

/**
 * The source text with suggested mentions highlighted (known entities blue, candidate new ones
 * green) and a list to accept or reject each. Accepting a known mention cites the passage for
 * the entity; accepting a candidate creates the entity (with a role in the case) and cites it.
 */
export function MentionReview({
  sourceId,
  text,
  known,
  candidates,
  cases,
  caseSlug,
}: {
  sourceId: string;
  text: string;
  known: readonly Known[];
  candidates: readonly Candidate[];
  cases: ReadonlyArray<{ slug: string; label: string }>;
  caseSlug: string;
}) {
  const router = useRouter();
  const [done, setDone] = useState<Record<string, { text: string; href?: string }>>({});
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [roles, setRoles] = useState<Record<string, string>>({});
  const mentions = useMemo<Mention[]>(
    () => [...known.map((k) => ({ ...k, isCandidate: false })), ...candidates.map((c) => ({ ...c, isCandidate: true }))],
    [known, candidates],
  );
  const open = mentions.filter((m) => !done[m.key]);
  const parts = useMemo(() => cut(text, open), [text, open]);

  const focus = (key: string) => {
    setActiveKey(key);
    document.getElementById(`mention-item-${CSS.escape(key)}`)?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  };

  const onAccept = async (m: Mention) => {
    const name = m.isCandidate ? (names[m.key] ?? m.text).trim() : undefined;
    const input = {
      sourceId,
      key: m.key,
      caseSlug: caseSlug || null,
      ...(m.isCandidate ? { name, role: (roles[m.key] ?? "OTHER") as never } : {}),
    };
    const checked = acceptMentionSuggestionInput.safeParse(input);
    if (!checked.success) {
      setErrors((e) => ({ ...e, [m.key]: checked.error.issues.map((i) => i.message).join("; ") }));
      return;
    }
    setBusyKey(m.key);
    try {
      const data = await clientQuery(AcceptMentionMutation, { input });
      const r = data.acceptMentionSuggestion;
      setDone((d) => ({
        ...d,
        [m.key]: {
          text: r.isNewEntity ? `Created ${r.entity.name} and cited the passage.` : `Cited the passage for ${r.entity.name}.`,
          href: r.isNewEntity ? entityHref(r.entity.id) : citationHref(sourceId, r.citation.id),
        },
      }));
      router.refresh();
    } catch (error) {
      setErrors((e) => ({ ...e, [m.key]: describeFailure(error) }));
    } finally {
      setBusyKey(null);
    }
  };

  const onReject = async (m: Mention) => {
    setBusyKey(m.key);
    try {
      await clientQuery(RejectMentionMutation, { input: { sourceId, key: m.key } });
      setDone((d) => ({ ...d, [m.key]: { text: `Rejected “${m.text}”: it will not be suggested again for this source.` } }));
      router.refresh();
    } catch (error) {
      setErrors((e) => ({ ...e, [m.key]: describeFailure(error) }));
    } finally {
      setBusyKey(null);
    }
  };

  const item = (m: Mention) => {
    const k = m as Known;
    const outcome = done[m.key];
    return (
      <li
        key={m.key}
        id={`mention-item-${m.key}`}
        data-active={activeKey === m.key ? "true" : undefined}
        data-testid={m.isCandidate ? "candidate-mention" : "known-mention"}
      >
        <div className="mention-head">
          <span>
            <strong>“{m.text}”</strong>{" "}
            {m.isCandidate ? (
              <KindLabel kind={(m.kind === "ENTITY" ? "PERSON" : m.kind) as EntityKind} />
            ) : k.entity ? (
              <>
                → <Link href={entityHref(k.entity.id)}>{k.entity.name}</Link>{" "}
                <span className="muted">({humanize(k.matchType ?? "NAME").toLowerCase()} match)</span>
              </>
            ) : null}
          </span>
          <button type="button" className="button button-small button-ghost" onClick={() => focus(m.key)}>
            Show<span className="visually-hidden"> “{m.text}” in the text</span>
          </button>
        </div>
        {!m.isCandidate && k.alternatives.length > 0 ? (
          <p className="muted" style={{ margin: "0.2rem 0" }}>
            Also the name of {k.alternatives.map((a) => a.name).join(", ")}; accepting cites {k.entity?.name}.
          </p>
        ) : null}
        {outcome ? null : (
          <>
            {m.isCandidate ? (
              <div className="mention-accept">
                <div className="form-field">
                  <label className="field-label" htmlFor={`name-${m.key}`}>
                    Name
                  </label>
                  <input
                    id={`name-${m.key}`}
                    className="input"
                    value={names[m.key] ?? m.text}
                    onChange={(e) => setNames((n) => ({ ...n, [m.key]: e.target.value }))}
                  />
                </div>
                <div className="form-field">
                  <label className="field-label" htmlFor={`role-${m.key}`}>
                    Role in the case
                  </label>
                  <select
                    id={`role-${m.key}`}
                    className="select"
                    value={roles[m.key] ?? "OTHER"}
                    onChange={(e) => setRoles((r) => ({ ...r, [m.key]: e.target.value }))}
                  >
                    {caseRoles.map((r) => (
                      <option key={r} value={r}>
                        {humanize(r)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            ) : null}
            <div className="rel-line" style={{ marginTop: "0.4rem" }}>
              <button
                type="button"
                className="button button-primary button-small"
                onClick={() => onAccept(m)}
                disabled={busyKey !== null}
              >
                Accept<span className="visually-hidden"> “{m.text}”</span>
              </button>
              <button type="button" className="button button-small" onClick={() => onReject(m)} disabled={busyKey !== null}>
                Reject<span className="visually-hidden"> “{m.text}”</span>
              </button>
            </div>
          </>
        )}
        {errors[m.key] ? (
          <p className="alert" role="alert" style={{ marginTop: "0.35rem" }}>
            {errors[m.key]}
          </p>
        ) : null}
      </li>
    );
  };

  return (
    <div className="reader-layout">
      <article className="card" aria-label="Source text with suggested mentions">
        <div className="toolbar" style={{ marginBottom: "0.75rem" }}>
          <label className="field" htmlFor="mention-case">
            <span>Case</span>
            <select
              id="mention-case"
              className="select"
              value={caseSlug}
              onChange={(e) => router.push(`?case=${encodeURIComponent(e.target.value)}`)}
            >
              <option value="">Every entity (no case)</option>
              {cases.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <div className="legend">
            <span>
              <span className="mention mention-known">known entity</span>
            </span>
            <span>
              <span className="mention mention-candidate">candidate new entity</span>
            </span>
          </div>
        </div>
        <p className="reader-text" data-testid="mention-text">
          {parts.map((part) =>
            part.mention ? (
              // biome-ignore lint/a11y/useKeyWithClickEvents: a mouse shortcut; each mention's "Show" button in the list gives keyboard access
              <mark
                key={part.start}
                className={`mention ${part.mention.isCandidate ? "mention-candidate" : "mention-known"}`}
                data-active={activeKey === part.mention.key ? "true" : undefined}
                title={
                  part.mention.isCandidate
                    ? `Candidate new ${humanize(part.mention.kind).toLowerCase()}`
                    : (part.mention as Known).entity?.name
                }
                onClick={() => part.mention && focus(part.mention.key)}
              >
                {part.text}
              </mark>
            ) : (
              <Fragment key={part.start}>{part.text}</Fragment>
            ),
          )}
        </p>
      </article>
      <aside className="card reader-panel" aria-label="Suggested mentions">
        <div aria-live="polite" data-testid="mention-outcomes">
          {Object.entries(done).map(([key, outcome]) => (
            <p key={key} className="form-notice" style={{ margin: "0 0 0.5rem" }}>
              {outcome.text} {outcome.href ? <Link href={outcome.href}>Open</Link> : null}
            </p>
          ))}
        </div>
        <h2>Known entities ({open.filter((m) => !m.isCandidate).length})</h2>
        {open.filter((m) => !m.isCandidate).length === 0 ? (
          <p className="muted">No known entity is mentioned (or all are cited already).</p>
        ) : null}
        <ul className="list-plain mention-list">{open.filter((m) => !m.isCandidate).map(item)}</ul>
        <h2 style={{ marginTop: "1rem" }}>Candidate new entities ({open.filter((m) => m.isCandidate).length})</h2>
        {open.filter((m) => m.isCandidate).length === 0 ? <p className="muted">No candidate.</p> : null}
        <ul className="list-plain mention-list">{open.filter((m) => m.isCandidate).map(item)}</ul>
      </aside>
    </div>
  );
}
