import { NoticePage } from "@/components/NoticePage";

// A signed-in person without the permission a page needs gets this, with status 403
// (forbidden() in lib/auth/guards.ts).
export default function Forbidden() {
  return <NoticePage namespace="forbidden" />;
}
