import anyAscii from "any-ascii";

/**
 * Makes an article id safe for URLs, file names and HTML ids: letters, digits and `._~#-` only,
 * so "/" and ".." can never form a path. Distinct raw ids may collide after sanitising; the
 * duplicate check runs on the sanitised id, so a collision is reported, never merged silently.
 */
export function sanitiseId(raw: string): string {
  const cleaned = raw
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}._~#-]+/gu, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[.\-~#]+/, "")
    .replace(/[.\-]+$/, "");
  return cleaned.slice(0, 160) || "article";
}

/** URL slug: lower-case ASCII words joined by "-", for incident and place ids (any script). */
export function slugify(text: string): string {
  return anyAscii(text)
    .toLowerCase()
    .replace(/['’ʼ`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}
