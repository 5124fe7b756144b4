/** The dashboard's CSV downloads use the one CSV writer of Casefile (in @casefile/schema). */
export { csvTable as toCsv } from "@casefile/schema/csv";
