import { digest, newSecret } from './accounts';

/** Invitations and password-reset links stay valid this long. */
export const LINK_DAYS = 7;

export type OneTimeLink = { token: string; tokenHash: string; expiresAt: string };

/** A fresh link secret: the caller stores only its digest and shows the token once. */
export function newOneTimeLink(now: Date): OneTimeLink {
  const token = newSecret();
  return { token, tokenHash: digest(token), expiresAt: new Date(now.getTime() + LINK_DAYS * 24 * 3600 * 1000).toISOString() };
}

/** The page of the web app that opens a link: under PUBLIC_URL, else the address the request came to. */
export function linkUrl(baseUrl: string, page: 'invite' | 'reset-password' | 'intake' | 'follow', token: string): string {
  return `${baseUrl.replace(/\/$/, '')}/${page}/${token}`;
}

/** Why a stored link no longer opens anything, or null while it is valid at `now`. */
export function linkProblem(link: { expires_at: string; used_at: string | null; revoked_at?: string | null }, now: string): string | null {
  if (link.revoked_at) return 'it was revoked';
  if (link.used_at) return 'it has already been used';
  if (link.expires_at <= now) return 'it has expired';
  return null;
}
