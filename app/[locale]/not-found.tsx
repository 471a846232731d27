import { NoticePage } from "@/components/NoticePage";

export default function NotFound() {
  return <NoticePage namespace="notFound" />;
}
