// A failed HTTP request as a value: thrown by routes and body readers, turned into an HttpError body by
// the router. Carries only what the client may see; internal details go to the log instead.
import type { HttpError } from '../../shared/contract/http';

export type HttpIssue = NonNullable<HttpError['issues']>[number];

export class HttpProblem extends Error {
  readonly status: number;
  readonly issues: HttpIssue[] | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, message: string, options: { issues?: HttpIssue[]; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = 'HttpProblem';
    this.status = status;
    this.issues = options.issues;
    this.headers = options.headers ?? {};
  }

  toBody(): HttpError {
    return this.issues ? { error: this.message, issues: this.issues } : { error: this.message };
  }
}
