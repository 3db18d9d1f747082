// The portal's shell: header, navigation, the signed-in user, and the page the hash names.
import { createApp, computed, defineAsyncComponent, watch } from 'vue';
import { route, navigate, href } from './assets/router.js';
import { session, loadMe, signOut, hasRole } from './assets/session.js';
import { onUnauthenticated } from './assets/graphql.js';
import { ROLE } from './assets/labels.js';

const LoadFailed = { template: `<section class="card notice error">页面加载失败，请检查网络后刷新重试。</section>` };
const page = (load) => defineAsyncComponent({ loader: load, delay: 0, errorComponent: LoadFailed });

const PAGES = [
  { match: /^\/search$/, component: page(() => import('./pages/search.js')) },
  { match: /^\/item\/([^/]+)$/, component: page(() => import('./pages/item.js')) },
  { match: /^\/login$/, component: page(() => import('./pages/login.js')) },
  { match: /^\/demands(?:\/([^/]+))?$/, component: page(() => import('./pages/demands.js')), role: 'ENTERPRISE' },
  { match: /^\/expert$/, component: page(() => import('./pages/expert.js')), role: 'EXPERT' },
  { match: /^\/dashboard$/, component: page(() => import('./pages/dashboard.js')) },
];

const App = {
  setup() {
    const current = computed(() => {
      for (const candidate of PAGES) {
        const m = route.path.match(candidate.match);
        if (m) return { ...candidate, param: m[1] ? decodeURIComponent(m[1]) : null };
      }
      return null;
    });
    const allowed = computed(() => !current.value?.role || hasRole(current.value.role));

    // a page for signed-in users only: sign in first, then come back here (also when the session expired)
    let expired = false;
    watch([current, () => session.loaded, () => session.me], () => {
      if (current.value?.role && session.loaded && !session.me) {
        navigate(href('/login', { next: route.full, expired: expired ? '1' : '' }), true);
      }
      expired = false;
    }, { immediate: true });

    onUnauthenticated(() => {
      expired = true;
      if (!current.value?.role && route.path !== '/login') {
        navigate(href('/login', { next: route.full, expired: '1' }));
      }
    });

    loadMe();

    async function logout() {
      await signOut();
      navigate('#/search');
    }

    const roleName = computed(() => session.me ? session.me.roles.map((r) => ROLE[r] ?? r).join('、') : '');
    const active = (prefix) => route.path.startsWith(prefix);
    return { route, session, current, allowed, hasRole, logout, roleName, active, href };
  },
  template: `
    <header class="top">
      <a class="brand" href="#/search"><span class="logo">技</span><span class="brand-text">技术成果供需对接平台</span></a>
      <nav class="nav">
        <a href="#/search" :class="{on: active('/search') || active('/item')}">找成果</a>
        <a v-if="hasRole('ENTERPRISE')" href="#/demands" :class="{on: active('/demands')}" data-nav="demands">我的需求</a>
        <a v-if="hasRole('EXPERT')" href="#/expert" :class="{on: active('/expert')}" data-nav="expert">专家工作台</a>
        <a href="#/dashboard" :class="{on: active('/dashboard')}" data-nav="dashboard">数据看板</a>
      </nav>
      <div class="user">
        <template v-if="session.me">
          <span class="who" data-testid="who">{{ session.me.displayName }}<small>{{ roleName }}</small></span>
          <button class="link" data-testid="logout" @click="logout">退出</button>
        </template>
        <a v-else-if="route.path !== '/login'" class="button small" :href="href('/login', {next: route.full})" data-testid="login-link">登录</a>
      </div>
    </header>
    <main class="main">
      <template v-if="current">
        <component v-if="allowed" :is="current.component" :param="current.param" :key="current.match.source"></component>
        <section v-else-if="session.loaded && session.me" class="card notice">
          您当前的账号（{{ roleName }}）不能使用这个页面。
        </section>
        <p v-else class="muted">正在加载…</p>
      </template>
      <section v-else class="card notice">页面不存在。<a href="#/search">去找成果</a></section>
    </main>
    <footer class="foot">TechMatch · 区域技术转移中心 · 数据来自平台 GraphQL 接口</footer>
  `,
};

createApp(App).mount('#app');
