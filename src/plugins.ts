import type { Config } from './platform/config/config.ts';
import { createJobHandlers } from './platform/jobs/job-handler.ts';
import { createDevOutboxTransport, createSmtpTransport, type MailTransport } from './platform/mail/mail-transport.ts';
import { createMailDeliveryHandler } from './platform/mail/send-mail.ts';

/** The enabled plugins of this deployment, listed explicitly. */
export function selectMailTransport(config: Config): MailTransport {
  return config.SMTP_URL ? createSmtpTransport(config.SMTP_URL) : createDevOutboxTransport();
}

export function createJobHandlerRegistry(config: Config, transport: MailTransport) {
  const handlers = createJobHandlers();
  handlers.register(createMailDeliveryHandler(transport, config.MAIL_FROM ?? 'no-reply@yakuba.localhost'));
  return handlers;
}
