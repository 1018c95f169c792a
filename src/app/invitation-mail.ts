import type { Invitation } from './invitations';
import type { MailMessage } from './notification-mail';

/** The invitation e-mail: who invites, to what, and the link with its expiry (in UTC: the reader's zone is unknown here). */
export function invitationMail(invitation: Invitation, url: string): MailMessage {
  const where = invitation.portfolio ? ` to the portfolio "${invitation.portfolio.name}"${invitation.roles.length ? ` as ${invitation.roles.map((r) => r.name).join(', ')}` : ''}` : '';
  const until = new Date(invitation.expiresAt).toUTCString().replace(/:\d\d GMT$/, ' UTC');
  return {
    to: invitation.email,
    subject: `[Portfolio Kanban] ${invitation.invitedBy.name} invites you${where}`,
    text: `Hello${invitation.name ? ` ${invitation.name}` : ''},\n\n${invitation.invitedBy.name} invites you${where} in Portfolio Kanban.\n\nChoose your name and password here:\n${url}\n\nThe link works once, until ${until}.`,
  };
}
