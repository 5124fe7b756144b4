/**
 * The one place where record fields get their names on screen (the cite dialog, history,
 * activity). Keys are the API's field names; labels are sentence case. Unknown fields fall back
 * to their words ("someField" → "Some field"), never to the raw camelCase name.
 */
export const FIELD_LABELS: Record<string, string> = {
  name: "Name",
  aliases: "Aliases",
  description: "Description",
  rank: "Rank",
  position: "Position",
  nationality: "Nationality",
  birthDate: "Date of birth",
  birthDatePrecision: "Precision of the date of birth",
  organizationKind: "Type of organization",
  personaKind: "Type of persona",
  placeKind: "Type of place",
  artifactKind: "Type of artifact",
  country: "Country",
  parentId: "Part of (parent organization)",
  platform: "Platform",
  url: "Web address",
  status: "Status",
  confidence: "Confidence",
  title: "Title",
  body: "Text",
  tags: "Tags",
  date: "Date",
  datePrecision: "Date precision",
  endDate: "End date",
  endDatePrecision: "End date precision",
  startDate: "Start date",
  startDatePrecision: "Start date precision",
  placeId: "Place",
  kind: "Kind",
  predicate: "Relationship",
  subjectId: "Subject",
  objectId: "Object",
  statute: "Statute",
  countNumber: "Count number",
  caption: "Caption",
  docketNumber: "Docket number",
  court: "Court",
  jurisdiction: "Jurisdiction",
  filedDate: "Date filed",
  publisher: "Publisher",
  publishedDate: "Date published",
  text: "Text",
  note: "Note",
  locator: "Locator",
  field: "Field",
  resolvedAt: "Resolved on",
  resolvedById: "Resolved by",
  role: "Role",
  entityId: "Entity",
  caseId: "Case",
  sourceId: "Source",
  targetId: "Cited record",
  defendantId: "Defendant",
  chargeId: "Count",
  mergedIntoId: "Merged into",
  deletedAt: "Deleted on",
  isOrphaned: "Anchoring",
};

/** The label of a field: `birthDate` → "Date of birth"; unknown ones in words (`fooBarId` → "Foo bar"). */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field
    .replace(/Id$/, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The same label inside a sentence ("Changed date of birth, rank"); keeps proper words as they are. */
export function fieldLabelInSentence(field: string): string {
  const label = fieldLabel(field);
  return label.charAt(0).toLowerCase() + label.slice(1);
}
