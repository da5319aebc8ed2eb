/** An error that becomes an HTTP answer with its status and a message meant for the person reading it. */
import type { ApiError } from '../../contract/api.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: ApiError['issues'],
  ) {
    super(message);
  }
}
