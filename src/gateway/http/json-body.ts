// Reads a request body as JSON with a size cap and validates it against a contract schema.
// Every failure is an HttpProblem (415, 413, 400 with field paths); it never returns unvalidated data.
import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { HttpProblem } from './http-problem';

export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

function isJsonContentType(header: string | undefined): boolean {
  const mediaType = header?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json' || (mediaType?.startsWith('application/') === true && mediaType.endsWith('+json'));
}

function tooLarge(limitBytes: number): HttpProblem {
  // The rest of the body is never read, so the connection cannot be reused.
  return new HttpProblem(413, `The body is larger than ${limitBytes} bytes`, { headers: { connection: 'close' } });
}

export function readJsonBody(req: IncomingMessage, limitBytes = DEFAULT_BODY_LIMIT_BYTES): Promise<unknown> {
  if (!isJsonContentType(req.headers['content-type'])) {
    return Promise.reject(new HttpProblem(415, 'Send the body as JSON (Content-Type: application/json)'));
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) return Promise.reject(tooLarge(limitBytes));

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limitBytes) {
        cleanup();
        reject(tooLarge(limitBytes));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') {
        reject(new HttpProblem(400, 'The body is empty; send a JSON object'));
        return;
      }
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new HttpProblem(400, 'The body is not valid JSON'));
      }
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(new HttpProblem(400, `The body could not be read: ${error.message}`));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Parses `raw` with `schema`, or throws a 400 naming each field at fault. */
export function parseBody<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message }));
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  throw new HttpProblem(400, `Invalid request body: ${summary}`, { issues });
}
