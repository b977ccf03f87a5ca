import { createRouter, createWebHistory } from 'vue-router';
import { whenUnauthorized } from './api';
import { loadMe, session } from './session';

export const router = createRouter({
  history: createWebHistory('/console/'),
  routes: [
    { path: '/', redirect: '/ledger' },
    { path: '/login', component: () => import('./pages/Login.vue'), meta: { public: true, title: '登录' } },
    { path: '/ledger', component: () => import('./pages/Ledger.vue'), meta: { title: '台账' } },
    { path: '/tickets/:id', component: () => import('./pages/Ticket.vue'), meta: { title: '工单详情' } },
    { path: '/tickets/:id/print', component: () => import('./pages/Print.vue'), meta: { title: '交办单', bare: true } },
    { path: '/register', component: () => import('./pages/Register.vue'), meta: { title: '登记诉求' } },
    { path: '/dashboard', component: () => import('./pages/Dashboard.vue'), meta: { title: '仪表盘' } },
    { path: '/summaries', component: () => import('./pages/Summaries.vue'), meta: { title: '每日自查' } },
    { path: '/inbox', component: () => import('./pages/Inbox.vue'), meta: { title: '督办收件箱' } },
    { path: '/admin/:section', component: () => import('./pages/Admin.vue'), meta: { title: '系统管理' } },
    { path: '/:rest(.*)*', component: () => import('./pages/NotFound.vue'), meta: { title: '未找到' } },
  ],
});

router.beforeEach(async (to) => {
  if (!session.checked) await loadMe();
  if (!to.meta.public && !session.me) return { path: '/login', query: to.fullPath !== '/ledger' ? { next: to.fullPath } : {} };
  if (to.path === '/login' && session.me) return '/ledger';
  return true;
});
router.afterEach((to) => {
  document.title = `${to.meta.title ?? ''} · 村声信访工作台`;
});

// An expired session (idle 30 min) anywhere: back to the login page, then back here.
whenUnauthorized(() => {
  session.me = null;
  const here = router.currentRoute.value;
  if (!here.meta.public) router.push({ path: '/login', query: { next: here.fullPath } });
});
