/**
 * Existing rows in the import-bundle form, exactly as `exportBundle` writes them. An import
 * that adds a role or a citation to an existing entity must name the entity in the bundle; the
 * loader then finds it unchanged (no new version, no revision) and only adds what is new.
 */
import type { CaseRow, ChargeRow, EntityRow, EventRow } from "@casefile/schema/tables";

type Json = Record<string, unknown>;

function compact<T extends Json>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}

export function entityBundleForm(e: EntityRow): Json {
  const kindFields: Json =
    e.kind === "PERSON"
      ? { rank: e.rank, position: e.position, nationality: e.nationality, birthDate: e.birthDate }
      : e.kind === "ORGANIZATION"
        ? { organizationKind: e.organizationKind, country: e.country, parent: e.parentId }
        : e.kind === "ONLINE_PERSONA"
          ? { personaKind: e.personaKind, platform: e.platform, url: e.url }
          : e.kind === "PLACE"
            ? { placeKind: e.placeKind, country: e.country }
            : { artifactKind: e.artifactKind, url: e.url };
  return compact({
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases.length ? e.aliases : undefined,
    description: e.description,
    fieldStatuses: Object.keys(e.fieldStatuses).length ? e.fieldStatuses : undefined,
    status: e.status,
    confidence: e.confidence,
    ...compact(kindFields),
  });
}

export function caseBundleForm(c: CaseRow): Json {
  return compact({
    id: c.id,
    slug: c.slug,
    caption: c.caption,
    shortTitle: c.shortTitle,
    docketNumber: c.docketNumber,
    court: c.court,
    jurisdiction: c.jurisdiction,
    status: c.status,
    filedDate: c.filedDate,
    summary: c.summary,
  });
}

export function eventBundleForm(ev: EventRow): Json {
  return compact({
    id: ev.id,
    case: ev.caseId,
    title: ev.title,
    kind: ev.kind,
    date: ev.date,
    endDate: ev.endDate,
    place: ev.placeId,
    description: ev.description,
    status: ev.status,
    confidence: ev.confidence,
  });
}

export function chargeBundleForm(ch: ChargeRow): Json {
  return compact({
    id: ch.id,
    case: ch.caseId,
    countNumber: ch.countNumber,
    title: ch.title,
    statute: ch.statute,
    description: ch.description,
    status: ch.status,
    confidence: ch.confidence,
  });
}
