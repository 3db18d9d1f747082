// 专家推荐 of one demand, for the enterprise that owns it: accept, or decline with a reason; a live badge and list
// through the demandEvents subscription (no reload).
import { ref, computed, watch, onBeforeUnmount } from 'vue';
import { gql } from '../assets/graphql.js';
import { subscribe } from '../assets/live.js';
import { href } from '../assets/router.js';
import { RECOMMENDATION_STATUS, DECLINE_REASON, CONTRACT_TYPE, num } from '../assets/labels.js';

const RECOMMENDATIONS = `query Recommendations($demandId: ID!) {
  recommendations(demandId: $demandId) {
    id status note expertName declineReason responseNote sentAt updatedAt version supplyId
    supply { __typename id title institution { name city } }
    contract { valueWan typeLabel signedOn registrationNumber }
  }
}`;

const RESPOND = `mutation Respond($input: RespondToRecommendationInput!) {
  respondToRecommendation(input: $input) { recommendation { id status version } userErrors { field code message } }
}`;

const EVENTS = `subscription DemandEvents($demandId: ID!) {
  demandEvents(demandId: $demandId) { id type recommendationId supplyId status note occurredAt supply { id title } }
}`;

export default {
  props: ['demandId'],
  emits: ['new-match', 'changed'],
  setup(props, { emit }) {
    const list = ref([]);
    const error = ref('');
    const live = ref(false);
    const fresh = ref(new Set());
    const declining = ref(null);
    const reason = ref('');
    const note = ref('');
    const busy = ref(false);
    let stop = null;

    const waiting = computed(() => list.value.filter((r) => r.status === 'SENT').length);

    async function load() {
      try {
        list.value = (await gql(RECOMMENDATIONS, { demandId: props.demandId })).recommendations
          .filter((r) => r.status !== 'PROPOSED')
          .reverse();
        error.value = '';
      } catch (e) {
        error.value = e.message;
      }
    }

    function listen() {
      stop?.();
      live.value = false;
      stop = subscribe(EVENTS, { demandId: props.demandId }, {
        onNext: (data) => {
          const event = data.demandEvents;
          if (event.type === 'NEW_MATCH') {
            emit('new-match', event);
            return;
          }
          if (event.recommendationId) {
            fresh.value = new Set([...fresh.value, event.recommendationId]);
          }
          load();
          emit('changed', event);
        },
        onError: (message) => { error.value = message; },
        onStatus: (up) => { live.value = up; },
      });
    }

    async function respond(recommendation, response) {
      busy.value = true;
      error.value = '';
      try {
        const input = { id: recommendation.id, version: recommendation.version, response };
        if (response === 'DECLINED') {
          if (!reason.value) {
            error.value = '请选择婉拒的原因。';
            return;
          }
          input.reason = reason.value;
          if (note.value.trim()) input.note = note.value.trim();
        }
        const payload = (await gql(RESPOND, { input })).respondToRecommendation;
        if (payload.userErrors.length) {
          const code = payload.userErrors[0].code;
          error.value = code === 'CONFLICT' ? '这条推荐刚刚有了变化，已为您刷新，请再看一下。'
            : code === 'INVALID_TRANSITION' ? '这条推荐已经答复过了。' : '没能提交答复，请检查后重试。';
        }
        declining.value = null;
        reason.value = '';
        note.value = '';
        fresh.value.delete(recommendation.id);
        await load();
        emit('changed');
      } catch (e) {
        error.value = e.message;
      } finally {
        busy.value = false;
      }
    }

    watch(() => props.demandId, () => { fresh.value = new Set(); load(); listen(); }, { immediate: true });
    onBeforeUnmount(() => stop?.());

    return {
      list, error, live, fresh, waiting, declining, reason, note, busy, respond, href, num,
      RECOMMENDATION_STATUS, DECLINE_REASON, CONTRACT_TYPE,
    };
  },
  template: `
  <section class="card recommendations" data-testid="recommendations" style="margin-top:1rem">
    <h2>专家推荐
      <span v-if="waiting" class="badge" data-testid="recommendation-badge" :title="waiting + ' 条待答复'">{{ waiting }}</span>
      <small class="muted live" :data-live="live">{{ live ? '● 实时更新' : '○ 连接中…' }}</small>
    </h2>
    <p v-if="error" class="error" role="alert">{{ error }}</p>
    <p v-if="!list.length" class="muted">专家还没有推荐。专家团审核需求后会在这里推荐合适的成果，无需刷新页面。</p>
    <ol class="matches">
      <li v-for="r in list" :key="r.id" :data-recommendation="r.id" :data-supply="r.supplyId" class="result"
          style="border-top:1px solid var(--line);padding-top:.6rem">
        <p style="margin:0">
          <span class="status" :class="r.status" data-testid="recommendation-status">{{ RECOMMENDATION_STATUS[r.status] }}</span>
          <span v-if="fresh.has(r.id)" class="badge" style="margin-left:.3rem">新</span>
          <a class="result-title" :href="href('/item/' + encodeURIComponent(r.supplyId))">{{ r.supply?.title ?? r.supplyId }}</a>
        </p>
        <p class="meta"><span>推荐专家：{{ r.expertName }}</span><span v-if="r.supply?.institution">{{ r.supply.institution.name }}</span></p>
        <p v-if="r.note" class="snippet">“{{ r.note }}”</p>
        <p v-if="r.status === 'DECLINED'" class="meta">婉拒原因：{{ DECLINE_REASON[r.declineReason] }}<template v-if="r.responseNote">（{{ r.responseNote }}）</template></p>
        <p v-if="r.contract" class="ok">合同：{{ r.contract.typeLabel }}，{{ num(r.contract.valueWan) }} 万元，{{ r.contract.signedOn }} 签订</p>
        <div v-if="r.status === 'SENT'" class="toolbar">
          <button class="button small" :disabled="busy" @click="respond(r, 'ACCEPTED')" data-testid="accept">接受，请专家牵线</button>
          <button class="button secondary small" :disabled="busy" @click="declining = declining === r.id ? null : r.id" data-testid="decline">婉拒</button>
        </div>
        <div v-if="declining === r.id" class="decline-form">
          <p class="muted small" style="margin:.2rem 0">请告诉专家不合适的原因，平台会据此改进推荐：</p>
          <div class="checks">
            <label v-for="(label, code) in DECLINE_REASON" :key="code">
              <input type="radio" name="reason" :value="code" v-model="reason" :data-reason-code="code"> {{ label }}
            </label>
          </div>
          <textarea v-model="note" rows="2" placeholder="补充说明（可不填）" style="width:100%;margin-top:.4rem"></textarea>
          <div class="toolbar">
            <button class="button danger small" :disabled="busy" @click="respond(r, 'DECLINED')" data-testid="confirm-decline">确认婉拒</button>
            <button class="link" @click="declining = null">取消</button>
          </div>
        </div>
      </li>
    </ol>
  </section>`,
};
