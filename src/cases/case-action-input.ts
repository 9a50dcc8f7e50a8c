import type { FieldError } from '../views/form-fields.tsx';
import type { CaseAction } from './case-commands.ts';
import type { RequestedField } from './requested-field.ts';

export const CASE_ACTION_KINDS = ['take', 'assign', 'request_correction', 'complete', 'reject', 'note'] as const satisfies readonly CaseAction['kind'][];
export type CaseActionKind = (typeof CASE_ACTION_KINDS)[number];

export function isCaseActionKind(value: string): value is CaseActionKind {
  return (CASE_ACTION_KINDS as readonly string[]).includes(value);
}

export const MESSAGE_MAX = 4000;

/** The id of each action's text field on the case page, which the error summary links to. */
export const ACTION_FIELD_IDS: Record<CaseActionKind, string> = {
  take: 'take',
  assign: 'assign-staff',
  request_correction: 'correction-message',
  complete: 'complete-message',
  reject: 'reject-reason',
  note: 'note-message',
};

/** What the page says after an action succeeded (?done=kind). */
export const DONE_MESSAGES: Record<CaseActionKind, string> = {
  take: 'この申請の担当者になりました。状態は「審査中」です。',
  assign: '担当者を変更しました。',
  request_correction: '補正を依頼しました。申請者に連絡のメールを送ります。',
  complete: '完了にしました。申請者に連絡のメールを送ります。',
  reject: '却下しました。申請者に理由を記載したメールを送ります。',
  note: '内部メモを追加しました。',
};

export type ParsedAction = { ok: true; action: CaseAction } | { ok: false; errors: FieldError[]; text: string; picked?: string[] };

function text(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '';
}

/** The questions a correction request may reopen, as the case page offers them: `{page}:{field}`, or `{page}:` for a whole page. */
export type CorrectableQuestions = ReadonlyMap<string, RequestedField>;

function pickedFields(body: Record<string, unknown>, correctable: CorrectableQuestions): RequestedField[] {
  const picked = [body.fields ?? []].flat().filter((value): value is string => typeof value === 'string');
  return [...correctable.entries()].filter(([key]) => picked.includes(key)).map(([, field]) => field);
}

/** Checks a posted action form; assignees and reopened questions must be ones the page offered. */
export function parseCaseAction(kind: CaseActionKind, body: Record<string, unknown>, assignable: readonly string[], correctable: CorrectableQuestions = new Map()): ParsedAction {
  const field = ACTION_FIELD_IDS[kind];
  const fail = (message: string, value: string): ParsedAction => ({ ok: false, errors: [{ field, message }], text: value });
  const long = (value: string) => value.length > MESSAGE_MAX;
  switch (kind) {
    case 'take':
      return { ok: true, action: { kind } };
    case 'assign': {
      const staffId = text(body, 'staffId');
      if (!assignable.includes(staffId)) return fail('担当者を一覧から選んでください', staffId);
      return { ok: true, action: { kind, staffId } };
    }
    case 'request_correction':
    case 'note': {
      const message = text(body, 'message');
      const label = kind === 'note' ? '内部メモ' : '補正を依頼する内容';
      if (!message) return { ...(fail(`${label}を入力してください`, message) as Extract<ParsedAction, { ok: false }>), picked: [body.fields ?? []].flat().filter((v): v is string => typeof v === 'string') };
      if (long(message)) return fail(`${label}は${MESSAGE_MAX}文字以内で入力してください`, message);
      if (kind === 'note') return { ok: true, action: { kind, message } };
      const fields = pickedFields(body, correctable);
      return { ok: true, action: fields.length > 0 ? { kind, message, fields } : { kind, message } };
    }
    case 'complete': {
      const message = text(body, 'message');
      if (long(message)) return fail(`申請者への連絡は${MESSAGE_MAX}文字以内で入力してください`, message);
      return { ok: true, action: message ? { kind, message } : { kind } };
    }
    case 'reject': {
      const reason = text(body, 'reason');
      if (!reason) return fail('却下の理由を入力してください', reason);
      if (long(reason)) return fail(`却下の理由は${MESSAGE_MAX}文字以内で入力してください`, reason);
      return { ok: true, action: { kind, reason } };
    }
  }
}
