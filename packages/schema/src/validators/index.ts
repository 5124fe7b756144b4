/**
 * zod validators shared by the API (mutations, the import bundle) and the web forms: each
 * record's fields (fields.ts), the editing API's mutation inputs built from them (inputs.ts) and
 * the password policy (passwords.ts).
 */
export * from "./fields";
export * from "./inputs";
export * from "./passwords";
