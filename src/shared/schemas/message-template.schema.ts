import { z } from 'zod';
import type { MessageTemplateFields as Fields } from '../domain/message-template';
import { noteText } from './text.schema';

/** `<taskKind>/<zh|en>` (messageTemplateKey). */
export const MessageTemplateKey = z.string().regex(/^[a-z-]{1,40}\/(zh|en)$/);

export const MessageTemplateFields = z.strictObject({
  text: noteText(1_000).min(1),
}) satisfies z.ZodType<Fields>;
