/**
 * The console's only way to the server: same-origin /api/v1 with the session cookie. Every
 * non-GET carries the CSRF token the login (or /me) answered; a 401 sends the user to the login page.
 */
export interface Me {
  staff: { id: number; name: string; role: string; roleName: string; position: string | null; title: string | null; phone: string | null };
  unit: { id: number; name: string; kind: string; jurisdictionCode: string } | null;
  jurisdiction: { code: string; name: string } | null;
  area: string | null;
  auth: string;
  csrfToken?: string;
  capabilities: string[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

let csrf: string | null = null;
let onUnauthorized: () => void = () => {};

export function setCsrf(token: string | null | undefined): void {
  csrf = token ?? null;
}
export function whenUnauthorized(fn: () => void): void {
  onUnauthorized = fn;
}

type Query = Record<string, string | number | boolean | null | undefined | string[]>;

export function qs(query: Query = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v == null || v === '' || (Array.isArray(v) && !v.length)) continue;
    p.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

export async function api<T = any>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  const res = await fetch(`/api/v1${path}${qs(query)}`, { method, headers, body: payload, credentials: 'same-origin' });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) {
    const e = json?.error;
    if (res.status === 401 && !path.startsWith('/auth/')) onUnauthorized();
    throw new ApiError(res.status, e?.code ?? 'error', e?.message ?? `请求失败（${res.status}）`, e?.field);
  }
  return json as T;
}

export const get = <T = any>(path: string, query?: Query) => api<T>('GET', path, undefined, query);
export const post = <T = any>(path: string, body?: unknown) => api<T>('POST', path, body ?? {});
export const put = <T = any>(path: string, body?: unknown) => api<T>('PUT', path, body ?? {});
export const del = <T = any>(path: string) => api<T>('DELETE', path);

/** A message for the user from whatever went wrong. */
export function errorText(err: unknown): string {
  // The server's messages are Chinese and name the field in words; the field's code name is for programs.
  if (err instanceof ApiError) return err.message;
  return '网络错误，请稍后再试';
}
