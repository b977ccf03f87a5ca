/**
 * Errors that carry an HTTP status and a stable code. The error middleware turns them into
 * `{ error: { status, code, message, field?, id } }`; anything else becomes a 500 with only an id.
 */
export class AppError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly field?: string,
    public readonly details?: unknown,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, field?: string, details?: unknown) => new AppError(400, 'bad_request', message, field, details);
export const unauthorized = (message = '需要有效的访问令牌') => new AppError(401, 'unauthorized', message);
export const forbidden = (message = '无权执行此操作') => new AppError(403, 'forbidden', message);
export const notFound = (what = '资源') => new AppError(404, 'not_found', `${what}不存在`);
export const conflict = (message: string, code = 'conflict') => new AppError(409, code, message);
export const tooMany = (message = '请求过于频繁，请稍后再试') => new AppError(429, 'rate_limited', message);
export const unavailable = (message = '服务暂时不可用，请稍后重试') => new AppError(503, 'unavailable', message);
