/**
 * The FollowTheMoney schemata Casefile reads and writes, with the properties it may use and
 * their types, as followthemoney's YAML schemata (followthemoney 3.x) define them. Only the
 * subset Casefile uses is listed: a property missing here is not necessarily invalid in FtM,
 * but Casefile never emits it, and the importer ignores it (with a warning).
 *
 * `checkFtmEntities` validates a stream against this table; the export test runs it on every
 * entity the exporter emits.
 */

export type FtmPropertyType =
  | "name"
  | "string"
  | "text"
  | "date"
  | "country"
  | "url"
  | "identifier"
  | "email"
  | "phone"
  | "address"
  | "topic"
  | "language"
  | "entity";

export interface FtmPropertySpec {
  type: FtmPropertyType;
  /** For entity properties: the schema the referenced entity must be (or extend). */
  range?: string;
}

export interface FtmSchemaSpec {
  extends: string[];
  abstract?: boolean;
  /** Properties that must have a value. */
  required?: string[];
  properties: Record<string, FtmPropertySpec>;
}

const str: FtmPropertySpec = { type: "string" };
const text: FtmPropertySpec = { type: "text" };
const date: FtmPropertySpec = { type: "date" };
const name: FtmPropertySpec = { type: "name" };
const ref = (range: string): FtmPropertySpec => ({ type: "entity", range });

export const ftmSchemata: Record<string, FtmSchemaSpec> = {
  Thing: {
    extends: [],
    abstract: true,
    required: ["name"],
    properties: {
      name,
      alias: name,
      previousName: name,
      weakAlias: name,
      summary: text,
      description: text,
      notes: text,
      country: { type: "country" },
      sourceUrl: { type: "url" },
      publisher: str,
      publisherUrl: { type: "url" },
      wikipediaUrl: { type: "url" },
      wikidataId: { type: "identifier" },
      keywords: str,
      topics: { type: "topic" },
      address: { type: "address" },
      addressEntity: ref("Address"),
      proof: ref("Document"),
      createdAt: date,
      modifiedAt: date,
      retrievedAt: date,
    },
  },
  Interval: {
    extends: [],
    abstract: true,
    properties: {
      startDate: date,
      endDate: date,
      date,
      summary: text,
      description: text,
      recordId: { type: "identifier" },
      sourceUrl: { type: "url" },
      publisher: str,
      publisherUrl: { type: "url" },
      // No `proof`: in FtM (3.8) only Things have it.
      modifiedAt: date,
      retrievedAt: date,
    },
  },
  /** Interval schemata that link parties carry a role and a status. */
  Interest: { extends: ["Interval"], abstract: true, properties: { role: str, status: str } },
  Analyzable: { extends: [], abstract: true, properties: {} },
  Value: { extends: [], abstract: true, properties: {} },
  Asset: { extends: ["Thing", "Value"], properties: {} },

  LegalEntity: {
    extends: ["Thing"],
    properties: {
      email: { type: "email" },
      phone: { type: "phone" },
      website: { type: "url" },
      legalForm: str,
      incorporationDate: date,
      dissolutionDate: date,
      status: str,
      sector: str,
      classification: str,
      registrationNumber: { type: "identifier" },
      idNumber: { type: "identifier" },
      taxNumber: { type: "identifier" },
      jurisdiction: { type: "country" },
      mainCountry: { type: "country" },
      parent: ref("LegalEntity"),
    },
  },
  Person: {
    extends: ["LegalEntity"],
    properties: {
      title: str,
      firstName: str,
      middleName: str,
      fatherName: str,
      lastName: str,
      birthDate: date,
      birthPlace: str,
      birthCountry: { type: "country" },
      deathDate: date,
      position: str,
      nationality: { type: "country" },
      citizenship: { type: "country" },
    },
  },
  Organization: { extends: ["LegalEntity"], properties: {} },
  PublicBody: { extends: ["Organization"], properties: {} },
  Company: { extends: ["Organization", "Asset"], properties: {} },

  UserAccount: {
    extends: ["Thing"],
    required: ["username"],
    properties: { owner: ref("LegalEntity"), service: str, email: { type: "email" }, username: str },
  },
  Address: {
    extends: ["Thing"],
    properties: {
      full: { type: "address" },
      remarks: str,
      street: str,
      city: str,
      postalCode: str,
      region: str,
      state: str,
    },
  },

  Document: {
    extends: ["Thing", "Analyzable"],
    required: ["fileName"],
    properties: {
      title: str,
      author: str,
      fileName: str,
      mimeType: str,
      language: { type: "language" },
      date,
      authoredAt: date,
      publishedAt: date,
    },
  },
  /** A document whose text we hold: the source text goes in `bodyText`. */
  PlainText: { extends: ["Document"], properties: { bodyText: text } },
  /** A note on a Thing: Casefile's annotations on a case, entity, source or event. */
  Note: { extends: ["Analyzable", "Thing"], properties: { entity: ref("Thing") } },
  Documentation: {
    extends: ["Interest"],
    required: ["document", "entity"],
    properties: { document: ref("Document"), entity: ref("Thing") },
  },

  Event: {
    extends: ["Interval", "Analyzable", "Thing"],
    properties: {
      location: { type: "address" },
      organizer: ref("LegalEntity"),
      involved: ref("LegalEntity"),
    },
  },

  Membership: {
    extends: ["Interest"],
    required: ["member", "organization"],
    properties: { member: ref("LegalEntity"), organization: ref("Organization") },
  },
  Employment: {
    extends: ["Interest"],
    required: ["employer", "employee"],
    properties: { employer: ref("Organization"), employee: ref("Person") },
  },
  Directorship: {
    extends: ["Interest"],
    required: ["director", "organization"],
    properties: { director: ref("LegalEntity"), organization: ref("Organization") },
  },
  Representation: {
    extends: ["Interest"],
    required: ["agent", "client"],
    properties: { agent: ref("LegalEntity"), client: ref("LegalEntity") },
  },
  Ownership: {
    extends: ["Interest"],
    required: ["owner", "asset"],
    properties: { owner: ref("LegalEntity"), asset: ref("Asset") },
  },
  UnknownLink: {
    extends: ["Interest"],
    required: ["subject", "object"],
    properties: { subject: ref("Thing"), object: ref("Thing") },
  },

  CourtCase: {
    extends: ["Thing"],
    properties: {
      category: str,
      type: str,
      status: str,
      caseNumber: { type: "identifier" },
      court: str,
      fileDate: date,
      closeDate: date,
    },
  },
  CourtCaseParty: {
    extends: ["Interest"],
    required: ["party", "case"],
    properties: { party: ref("Thing"), case: ref("CourtCase") },
  },
};

/** FtM topics Casefile emits (a subset of FtM's controlled `topic` vocabulary). */
export const ftmTopics = new Set(["gov", "gov.security", "mil", "pol.party", "role.judge", "role.lawyer"]);

/** True when `schema` is `ancestor` or extends it, directly or not. */
export function isA(schema: string, ancestor: string): boolean {
  if (schema === ancestor) return true;
  const spec = ftmSchemata[schema];
  return spec ? spec.extends.some((parent) => isA(parent, ancestor)) : false;
}

/** Every property a schema allows, its own and inherited. */
export function propertiesOf(schema: string): Record<string, FtmPropertySpec> {
  const spec = ftmSchemata[schema];
  if (!spec) return {};
  const out: Record<string, FtmPropertySpec> = {};
  for (const parent of spec.extends) Object.assign(out, propertiesOf(parent));
  return Object.assign(out, spec.properties);
}

export function requiredOf(schema: string): string[] {
  const spec = ftmSchemata[schema];
  if (!spec) return [];
  return [...new Set([...spec.extends.flatMap(requiredOf), ...(spec.required ?? [])])];
}

/** An entity as FtM streams carry it, one JSON object per line. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** FtM's entity id syntax: letters, digits, dots and hyphens, starting and ending alphanumeric. */
export const ftmIdPattern = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/;
const isoPartialDate = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function isValue(type: FtmPropertyType, value: string): string | null {
  if (value.trim() !== value || value.length === 0) return "is empty or has surrounding whitespace";
  switch (type) {
    case "date":
      return isoPartialDate.test(value) ? null : "is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)";
    case "country":
      return /^[a-z]{2}(-[a-z0-9]{1,8})?$/.test(value) ? null : "is not a country code (ISO 3166-1 alpha-2, lowercase)";
    case "url":
      try {
        const url = new URL(value);
        return url.protocol === "http:" || url.protocol === "https:" ? null : "is not an http(s) URL";
      } catch {
        return "is not a URL";
      }
    case "topic":
      return ftmTopics.has(value) ? null : "is not a topic Casefile knows";
    case "language":
      return /^[a-z]{3}$/.test(value) ? null : "is not an ISO 639-2 language code";
    case "email":
      return /^[^@\s]+@[^@\s]+$/.test(value) ? null : "is not an email address";
    case "entity":
      return ftmIdPattern.test(value) ? null : "is not an entity id";
    default:
      return null;
  }
}

export interface FtmCheckIssue {
  id: string;
  schema: string;
  property?: string;
  message: string;
}

/**
 * Checks entities against the table: the schema is known and concrete, every property is
 * allowed for it, values are non-empty arrays of strings of the property's type, required
 * properties are present, ids are valid and unique, and entity references point at emitted
 * entities of the right schema.
 */
export function checkFtmEntities(entities: readonly unknown[]): FtmCheckIssue[] {
  const issues: FtmCheckIssue[] = [];
  const schemaOf = new Map<string, string>();
  for (const raw of entities) {
    const e = raw as Partial<FtmEntity>;
    if (typeof e?.id === "string" && typeof e.schema === "string") {
      if (schemaOf.has(e.id)) issues.push({ id: e.id, schema: e.schema, message: "the id is used twice" });
      schemaOf.set(e.id, e.schema);
    }
  }
  for (const raw of entities) {
    const e = raw as Partial<FtmEntity>;
    const id = typeof e?.id === "string" ? e.id : "(no id)";
    const schema = typeof e?.schema === "string" ? e.schema : "(no schema)";
    const fail = (message: string, property?: string) => issues.push({ id, schema, property, message });
    if (typeof e?.id !== "string" || !ftmIdPattern.test(e.id)) fail("the id is missing or not a valid FtM id");
    const spec = ftmSchemata[schema];
    if (!spec) {
      fail(`unknown schema "${schema}"`);
      continue;
    }
    if (spec.abstract) fail(`schema "${schema}" is abstract`);
    const allowed = propertiesOf(schema);
    const props = e.properties;
    if (!props || typeof props !== "object" || Array.isArray(props)) {
      fail("properties must be an object");
      continue;
    }
    for (const [property, values] of Object.entries(props)) {
      const propSpec = allowed[property];
      if (!propSpec) {
        fail(`property "${property}" is not allowed for ${schema}`, property);
        continue;
      }
      if (!Array.isArray(values) || values.length === 0) {
        fail("values must be a non-empty array", property);
        continue;
      }
      for (const value of values) {
        if (typeof value !== "string") {
          fail(`value ${JSON.stringify(value)} is not a string`, property);
          continue;
        }
        const problem = isValue(propSpec.type, value);
        if (problem) fail(`value ${JSON.stringify(value)} ${problem}`, property);
        if (propSpec.type === "entity" && !problem) {
          const target = schemaOf.get(value);
          if (!target) fail(`refers to "${value}", which is not in the stream`, property);
          else if (propSpec.range && !isA(target, propSpec.range)) {
            fail(`refers to a ${target}, but must refer to a ${propSpec.range}`, property);
          }
        }
      }
    }
    for (const property of requiredOf(schema)) {
      if (!props[property]?.length) fail(`required property "${property}" is missing`, property);
    }
  }
  return issues;
}
