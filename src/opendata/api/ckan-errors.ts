/** A failed action, with the HTTP status and `error` object CKAN gives for it. */
export class CkanError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    readonly error: { __type: string } & Record<string, unknown>,
  ) {
    super(error.__type);
  }
}

/** CKAN: `Not found` followed by what was missing; the Japanese is for the person reading it. */
export function notFound(detail: string): CkanError {
  return new CkanError(404, { __type: 'Not Found Error', message: `Not found: ${detail}` });
}

/** CKAN answers invalid parameters with 409 and each field's messages. */
export function invalid(fields: Record<string, string[]>): CkanError {
  return new CkanError(409, { __type: 'Validation Error', ...fields });
}
