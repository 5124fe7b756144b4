/**
 * The practical limit: a hand-written server over raw better-sqlite3 prepared statements and
 * node:http that answers the entity-page request (queries.ts `entityPageQuery`) with the same
 * JSON the Casefile API returns, from the same database. No GraphQL: it reads `variables.id`
 * from the POST body and runs a fixed set of joins, with every statement prepared once.
 * A child process of the runner, speaking the same IPC protocol as api-server.ts.
 */
import { createServer } from "node:http";
import { openStore } from "@casefile/db";
import { entityTypeNames } from "@casefile/schema/enums";
import { fromGlobalId, type NodeTypeName, toGlobalId } from "@casefile/schema/ids";
import { serveIpc } from "./ipc.js";

type Row = Record<string, any>;

const counter = { statements: 0 };
const store = openStore(process.env.CASEFILE_DB_PATH as string, { readonly: true, onStatement: () => void counter.statements++ });
const db = store.sqlite;

const q = {
  entity: db.prepare("SELECT * FROM entities WHERE id = ?"),
  roles: db.prepare(
    `SELECT cr.id, cr.role, cr.description, cr.status, cr.confidence, c.id AS c_id, c.slug, c.caption, c.short_title
     FROM case_roles cr JOIN cases c ON c.id = cr.case_id WHERE cr.entity_id = ? ORDER BY cr.case_id, cr.position, cr.id`,
  ),
  charges: db.prepare(
    `SELECT cd.id, cd.status, cd.confidence, ch.id AS ch_id, ch.count_number, ch.title, ch.statute, ch.status AS ch_status,
            c.id AS c_id, c.slug, c.short_title
     FROM charge_defendants cd JOIN charges ch ON ch.id = cd.charge_id JOIN cases c ON c.id = ch.case_id
     WHERE cd.entity_id = ? ORDER BY ch.case_id, ch.count_number`,
  ),
  relationships: db.prepare(
    `SELECT r.id, r.predicate, r.status, r.confidence, r.start_date, r.start_date_precision, r.end_date, r.end_date_precision,
            r.description, r.subject_id, s.name AS s_name, s.kind AS s_kind, r.object_id, o.name AS o_name, o.kind AS o_kind
     FROM (SELECT * FROM relationships WHERE subject_id = ?1 UNION ALL SELECT * FROM relationships WHERE object_id = ?1) r
     JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id
     ORDER BY r.predicate, r.id LIMIT 100`,
  ),
  relationshipCount: db
    .prepare(
      "SELECT (SELECT count(*) FROM relationships WHERE subject_id = ?1) + (SELECT count(*) FROM relationships WHERE object_id = ?1)",
    )
    .pluck(),
  events: db.prepare(
    `SELECT e.id, e.title, e.kind, e.date, e.date_precision, e.status, e.case_id, c.slug, group_concat(p.role) AS roles
     FROM event_participants p JOIN events e ON e.id = p.event_id JOIN cases c ON c.id = e.case_id
     WHERE p.entity_id = ? GROUP BY p.entity_id, e.id ORDER BY e.range_start, e.id LIMIT 100`,
  ),
  eventCount: db.prepare("SELECT count(DISTINCT event_id) FROM event_participants WHERE entity_id = ?").pluck(),
  citations: db.prepare(
    `SELECT c.id, c.target_type, c.target_id, c.field, c.locator, c.note, c.is_orphaned, c.exact, c.prefix, c.suffix,
            c.start_offset, c.end_offset, s.id AS s_id, s.title AS s_title, s.kind AS s_kind, s.publisher AS s_publisher,
            s.text IS NOT NULL AS s_has_text
     FROM citations c JOIN sources s ON s.id = c.source_id
     WHERE c.target_id IN (SELECT value FROM json_each(?)) ORDER BY c.source_id, c.start_offset, c.id`,
  ),
  annotations: db.prepare(
    `SELECT a.id, a.body, a.tags, a.status, a.created_at, a.exact, a.author_id, u.name AS author_name
     FROM annotations a JOIN users u ON u.id = a.author_id
     WHERE a.target_id = ? AND a.target_type = 'ENTITY' AND a.parent_id IS NULL ORDER BY a.start_offset, a.created_at, a.id`,
  ),
  replies: db.prepare(
    `SELECT a.id, a.parent_id, a.body, a.created_at, a.author_id, u.name AS author_name
     FROM annotations a JOIN users u ON u.id = a.author_id
     WHERE a.parent_id IN (SELECT value FROM json_each(?)) ORDER BY a.created_at, a.id`,
  ),
  parent: db.prepare("SELECT id, name, kind FROM entities WHERE id = ?"),
  children: db.prepare("SELECT id, name, kind FROM entities WHERE parent_id = ? AND merged_into_id IS NULL ORDER BY name, id"),
};

const gid = toGlobalId;
const entityGid = (kind: string, id: string) => gid(entityTypeNames[kind as keyof typeof entityTypeNames], id);

function citationParts(c: Row) {
  return {
    id: gid("Citation", c.id),
    field: c.field,
    locator: c.locator,
    note: c.note,
    isOrphaned: c.is_orphaned === 1,
    quote: c.exact === null ? null : { exact: c.exact, prefix: c.prefix ?? "", suffix: c.suffix ?? "" },
    position:
      c.start_offset === null || c.end_offset === null || c.is_orphaned === 1
        ? null
        : { start: c.start_offset, end: c.end_offset },
    source: {
      id: gid("Source", c.s_id),
      title: c.s_title,
      kind: c.s_kind,
      publisher: c.s_publisher,
      hasText: c.s_has_text === 1,
    },
  };
}

function entityPage(localId: string, typeName: NodeTypeName): Row | null {
  let e = q.entity.get(localId) as Row | undefined;
  for (let hop = 0; e?.merged_into_id && hop < 16; hop++) e = q.entity.get(e.merged_into_id) as Row | undefined;
  if (!e || !(typeName in { Person: 1, Organization: 1, OnlinePersona: 1, Place: 1, Artifact: 1 })) return null;
  const roles = q.roles.all(e.id) as Row[];
  const charges = q.charges.all(e.id) as Row[];
  const relationships = q.relationships.all({ 1: e.id }) as Row[];
  const relationshipCount = relationships.length < 100 ? relationships.length : (q.relationshipCount.get({ 1: e.id }) as number);
  const events = q.events.all(e.id) as Row[];
  const eventCount = events.length < 100 ? events.length : (q.eventCount.get(e.id) as number);

  // Every citation on the page in one statement, grouped by target.
  const targets = [e.id, ...roles.map((r) => r.id), ...charges.map((c) => c.id), ...relationships.map((r) => r.id)];
  const byTarget = new Map<string, object[]>();
  for (const c of q.citations.all(JSON.stringify(targets)) as Row[]) {
    const key = `${c.target_type}:${c.target_id}`;
    let list = byTarget.get(key);
    if (!list) {
      list = [];
      byTarget.set(key, list);
    }
    list.push(citationParts(c));
  }
  const citationsOf = (type: string, id: string) => byTarget.get(`${type}:${id}`) ?? [];

  const threads = q.annotations.all(e.id) as Row[];
  const replies = new Map<string, object[]>();
  if (threads.length > 0) {
    for (const r of q.replies.all(JSON.stringify(threads.map((t) => t.id))) as Row[]) {
      let list = replies.get(r.parent_id);
      if (!list) {
        list = [];
        replies.set(r.parent_id, list);
      }
      list.push({
        id: gid("Annotation", r.id),
        body: r.body,
        createdAt: r.created_at,
        author: { id: gid("User", r.author_id), name: r.author_name },
      });
    }
  }

  const node: Row = {
    __typename: entityTypeNames[e.kind as keyof typeof entityTypeNames],
    id: entityGid(e.kind, e.id),
    kind: e.kind,
    name: e.name,
    aliases: JSON.parse(e.aliases),
    description: e.description,
    status: e.status,
    confidence: e.confidence,
    version: e.version,
    createdAt: e.created_at,
    updatedAt: e.updated_at,
    fieldStatuses: Object.entries(JSON.parse(e.field_statuses) as Record<string, { status: string; confidence: number }>).map(
      ([field, s]) => ({ field, status: s.status, confidence: s.confidence }),
    ),
    citations: citationsOf("ENTITY", e.id),
    annotations: threads.map((t) => ({
      id: gid("Annotation", t.id),
      body: t.body,
      tags: JSON.parse(t.tags),
      status: t.status,
      createdAt: t.created_at,
      author: { id: gid("User", t.author_id), name: t.author_name },
      quote: t.exact === null ? null : { exact: t.exact },
      replies: replies.get(t.id) ?? [],
    })),
    cases: roles.map((r) => ({
      id: gid("CaseRole", r.id),
      role: r.role,
      description: r.description,
      status: r.status,
      confidence: r.confidence,
      case: { id: gid("Case", r.c_id), slug: r.slug, caption: r.caption, shortTitle: r.short_title },
      citations: citationsOf("CASE_ROLE", r.id),
    })),
    charges: charges.map((c) => ({
      id: gid("ChargeDefendant", c.id),
      status: c.status,
      confidence: c.confidence,
      charge: {
        id: gid("Charge", c.ch_id),
        countNumber: c.count_number,
        title: c.title,
        statute: c.statute,
        status: c.ch_status,
        case: { id: gid("Case", c.c_id), slug: c.slug, shortTitle: c.short_title },
      },
      citations: citationsOf("CHARGE_DEFENDANT", c.id),
    })),
    relationships: {
      totalCount: relationshipCount,
      edges: relationships.map((r) => ({
        node: {
          id: gid("Relationship", r.id),
          predicate: r.predicate,
          status: r.status,
          confidence: r.confidence,
          startDate: r.start_date,
          startDatePrecision: r.start_date_precision,
          endDate: r.end_date,
          endDatePrecision: r.end_date_precision,
          description: r.description,
          subject: { id: entityGid(r.s_kind, r.subject_id), name: r.s_name, kind: r.s_kind },
          object: { id: entityGid(r.o_kind, r.object_id), name: r.o_name, kind: r.o_kind },
          citations: citationsOf("RELATIONSHIP", r.id),
        },
      })),
    },
    events: {
      totalCount: eventCount,
      edges: events.map((v) => ({
        roles: [...new Set((v.roles as string).split(","))],
        node: {
          id: gid("Event", v.id),
          title: v.title,
          kind: v.kind,
          date: v.date,
          datePrecision: v.date_precision,
          status: v.status,
          case: { id: gid("Case", v.case_id), slug: v.slug },
        },
      })),
    },
  };
  switch (e.kind) {
    case "PERSON":
      Object.assign(node, {
        rank: e.rank,
        position: e.position,
        nationality: e.nationality,
        birthDate: e.birth_date,
        birthDatePrecision: e.birth_date_precision,
      });
      break;
    case "ORGANIZATION": {
      const parent = e.parent_id ? (q.parent.get(e.parent_id) as Row | undefined) : undefined;
      Object.assign(node, {
        organizationKind: e.organization_kind ?? "OTHER",
        country: e.country,
        parent: parent ? { id: entityGid(parent.kind, parent.id), name: parent.name } : null,
        children: (q.children.all(e.id) as Row[]).map((c) => ({ id: entityGid(c.kind, c.id), name: c.name })),
      });
      break;
    }
    case "ONLINE_PERSONA":
      Object.assign(node, { personaKind: e.persona_kind ?? "ACCOUNT", platform: e.platform, url: e.url });
      break;
    case "PLACE":
      Object.assign(node, { placeKind: e.place_kind ?? "OTHER", country: e.country });
      break;
    case "ARTIFACT":
      Object.assign(node, { artifactKind: e.artifact_kind ?? "OTHER", url: e.url });
      break;
  }
  return node;
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    let body: string;
    try {
      const { variables } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { variables?: { id?: string } };
      const decoded = fromGlobalId(String(variables?.id ?? ""));
      body = JSON.stringify({ data: { node: decoded ? entityPage(decoded.id, decoded.typeName) : null } });
    } catch (error) {
      res.statusCode = 400;
      body = JSON.stringify({ errors: [{ message: String(error) }] });
    }
    res.setHeader("content-type", "application/json; charset=utf-8");
    res.end(body);
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  serveIpc(counter, typeof address === "object" && address ? address.port : 0);
});
