/**
 * zod validators shared by the API (mutations, the import bundle) and the web forms: each
 * record's fields (fields.ts) and the editing API's mutation inputs built from them (inputs.ts).
 */
export * from "./fields";
export * from "./inputs";
