import type { Transporter } from 'nodemailer';
import type { AppContext } from './context';

/**
 * E-mail copies of notifications. Notifications are the outbox: a dispatcher, started when SMTP_URL is
 * set, sends the pending ones after their transaction committed, so a slow or failing mail server never
 * delays or fails a request. A notification is sent at most once, even with several server processes
 * (each claims a notification before sending it); one that fails is marked failed and not retried.
 */
export type MailMessage = { to: string; subject: string; text: string };
export type Mailer = { send(message: MailMessage): Promise<void> };

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  // Loaded with the first mail: most notifications are never mailed, and the package is large.
  let transport: Promise<Transporter> | undefined;
  return {
    send: async (message) => {
      transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(smtpUrl));
      await (await transport).sendMail({ from, ...message });
    },
  };
}

/** Notifications older than this are not e-mailed: mail switched on later does not flood anyone with old news. */
export const MAIL_MAX_AGE_HOURS = 24;
const BATCH = 50;

export function renderMail(notification: { message: string; itemId: string | null }, publicUrl: string | null): Omit<MailMessage, 'to'> {
  const link = publicUrl && notification.itemId ? `\n\nOpen: ${publicUrl.replace(/\/$/, '')}/items/${notification.itemId}` : '';
  const subject = notification.message.length > 120 ? `${notification.message.slice(0, 119)}…` : notification.message;
  return { subject: `[Portfolio Kanban] ${subject}`, text: `${notification.message}${link}\n\nYou receive this because of your responsibilities in Portfolio Kanban.` };
}

export type MailDispatcher = {
  /** Sends every pending notification now; resolves with how many were sent. */
  flush(): Promise<number>;
  stop(): Promise<void>;
};

export function startMailDispatcher(ctx: AppContext, mailer: Mailer, options: { publicUrl?: string | null; intervalMs?: number } = {}): MailDispatcher {
  const db = ctx.store.db;
  let running: Promise<number> = Promise.resolve(0);

  /** Claims each pending row of the outbox before sending it, so that no other process sends it too; marks it sent or failed. */
  async function sendEach(outbox: 'notifications' | 'guest_mails', pending: readonly { id: string; message: MailMessage }[]): Promise<number> {
    let sent = 0;
    for (const { id, message } of pending) {
      const claimed = await db.updateTable(outbox).set({ email_state: 'sending' }).where('id', '=', id).where('email_state', '=', 'pending').executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) continue;
      const state = await mailer.send(message).then(() => 'sent', () => 'failed');
      await db.updateTable(outbox).set({ email_state: state }).where('id', '=', id).execute();
      if (state === 'sent') sent++;
    }
    return sent;
  }

  async function sendPending(): Promise<number> {
    const since = new Date(ctx.clock().getTime() - MAIL_MAX_AGE_HOURS * 3600 * 1000).toISOString();
    const notifications = await db
      .selectFrom('notifications').innerJoin('users', 'users.id', 'notifications.user_id')
      .select(['notifications.id', 'notifications.message', 'notifications.item_id', 'users.email'])
      .where('notifications.email_state', '=', 'pending').where('notifications.created_at', '>=', since)
      .orderBy('notifications.id').limit(BATCH).execute();
    // Guests who proposed an idea through a link hear of it by e-mail only, without a link into the app.
    const guestMails = await db
      .selectFrom('guest_mails').innerJoin('idea_guests', 'idea_guests.id', 'guest_mails.guest_id')
      .select(['guest_mails.id', 'guest_mails.message', 'idea_guests.email'])
      .where('guest_mails.email_state', '=', 'pending').where('guest_mails.created_at', '>=', since)
      .orderBy('guest_mails.id').limit(BATCH).execute();
    const publicUrl = options.publicUrl ?? null;
    return (
      (await sendEach('notifications', notifications.map((n) => ({ id: n.id, message: { to: n.email, ...renderMail({ message: n.message, itemId: n.item_id }, publicUrl) } })))) +
      (await sendEach('guest_mails', guestMails.map((g) => ({ id: g.id, message: { to: g.email, subject: `[Portfolio Kanban] ${g.message.slice(0, 120)}`, text: `${g.message}\n\nYou receive this because you proposed this idea; your follow link shows where it stands.` } }))))
    );
  }

  // One pass at a time: a flush waits for the pass under way, then runs its own.
  const flush = () => (running = running.catch(() => 0).then(sendPending));
  const timer = setInterval(() => void flush().catch(() => undefined), options.intervalMs ?? 5000);
  timer.unref();
  return {
    flush,
    stop: async () => {
      clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}
