import { reactive } from 'vue';
import { get, post, setCsrf, type Me } from './api';

/** Who is logged in (null: nobody, or not yet known). */
export const session = reactive<{ me: Me | null; checked: boolean }>({ me: null, checked: false });

export function can(capability: string): boolean {
  return !!session.me?.capabilities.includes(capability);
}

export async function loadMe(): Promise<Me | null> {
  try {
    const me = await get<Me>('/me');
    setCsrf(me.csrfToken);
    session.me = me;
  } catch {
    session.me = null;
    setCsrf(null);
  }
  session.checked = true;
  return session.me;
}

export async function login(login: string, password: string): Promise<Me> {
  const me = await post<Me>('/auth/login', { login, password });
  setCsrf(me.csrfToken);
  session.me = me;
  session.checked = true;
  return me;
}

export async function logout(): Promise<void> {
  try {
    await post('/auth/logout');
  } finally {
    session.me = null;
    setCsrf(null);
  }
}
