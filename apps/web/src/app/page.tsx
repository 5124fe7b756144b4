import { redirect } from "next/navigation";
import { DEFAULT_CASE_SLUG } from "@/lib/config";

export default function Home() {
  redirect(`/cases/${DEFAULT_CASE_SLUG}`);
}
