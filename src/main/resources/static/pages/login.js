// 登录: the session cookie sign-in; afterwards back to the page the user came from (?next=#/…).
import { ref } from 'vue';
import { route, navigate } from '../assets/router.js';
import { signIn, session } from '../assets/session.js';

export default {
  setup() {
    const email = ref('');
    const password = ref('');
    const error = ref('');
    const busy = ref(false);
    const expired = route.query.get('expired') === '1';
    const next = route.query.get('next');
    async function submit() {
      error.value = '';
      if (!email.value.trim() || !password.value) {
        error.value = '请输入邮箱和密码。';
        return;
      }
      busy.value = true;
      const failed = await signIn(email.value.trim(), password.value);
      busy.value = false;
      if (failed) {
        error.value = failed;
        return;
      }
      const target = next && next.startsWith('#/') && !next.startsWith('#/login') ? next : defaultPage();
      navigate(target);
    }
    function defaultPage() {
      const roles = session.me?.roles ?? [];
      if (roles.includes('ENTERPRISE')) return '#/demands';
      if (roles.includes('EXPERT')) return '#/expert';
      return '#/dashboard';
    }
    return { email, password, error, busy, expired, submit };
  },
  template: `
  <section class="login card">
    <h1>登录</h1>
    <p v-if="expired" class="notice warn" data-testid="expired">登录已过期，请重新登录，登录后将回到刚才的页面。</p>
    <form @submit.prevent="submit" novalidate>
      <label>邮箱<input type="email" v-model="email" autocomplete="username" data-testid="email" required></label>
      <label>密码<input type="password" v-model="password" autocomplete="current-password" data-testid="password" required></label>
      <p v-if="error" class="error" role="alert" data-testid="login-error">{{ error }}</p>
      <button class="button wide" type="submit" :disabled="busy" data-testid="login-submit">{{ busy ? '正在登录…' : '登录' }}</button>
    </form>
  </section>`,
};
