import type { FieldError } from '../../views/form-fields.tsx';

/** 400 when the page is shown again because of what was typed. */
export const staffStatus = (errors: FieldError[]) => (errors.length ? 400 : 200);
