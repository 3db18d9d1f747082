// One supply item: its fields, similar items, and the institution's other items.
import { ref, watch } from 'vue';
import { gql } from '../assets/graphql.js';
import { href } from '../assets/router.js';
import { MATURITY, TRANSFER_MODE, IP_TYPE, SERVICE_TYPE, INSTITUTION_TYPE, price } from '../assets/labels.js';

const OTHERS = `institution { name type city otherItems(first: 5) { __typename id title } }`;
const SIMILAR = `similar(id: $id, first: 6) { edges { node { __typename id title institution { name } } } }`;

const ACHIEVEMENT = `query Achievement($id: ID!) {
  item: achievement(id: $id) {
    __typename id title summary description keywords maturity trl region publishedDate
    technicalField { domain subfield } chain { name } cluster { name }
    ip { type patentNumbers } transferModes price { negotiable minWan maxWan }
    contact { person phone email }
    ${OTHERS}
  }
  ${SIMILAR}
}`;

const CAPABILITY = `query Capability($id: ID!) {
  item: capability(id: $id) {
    __typename id title description team serviceTypes city publishedDate
    technicalFields { domain subfield } chains { name } equipment representativeResults
    contact { person phone email }
    ${OTHERS}
  }
  ${SIMILAR}
}`;

export default {
  props: ['param'],
  setup(props) {
    const item = ref(null);
    const similar = ref([]);
    const error = ref('');
    async function load() {
      item.value = null;
      error.value = '';
      try {
        const doc = props.param.startsWith('cap-') ? CAPABILITY : ACHIEVEMENT;
        const data = await gql(doc, { id: props.param });
        item.value = data.item;
        similar.value = data.similar.edges.map((e) => e.node);
        document.title = data.item.title + ' · 技术成果供需对接平台';
      } catch (e) {
        error.value = e.message;
      }
    }
    watch(() => props.param, load, { immediate: true });
    const back = () => history.length > 1 ? history.back() : (location.hash = '#/search');
    return { item, similar, error, href, back, MATURITY, TRANSFER_MODE, IP_TYPE, SERVICE_TYPE, INSTITUTION_TYPE, price };
  },
  template: `
  <section class="item-page">
    <button class="link" @click="back">← 返回</button>
    <p v-if="error" class="error" role="alert">{{ error }}</p>
    <p v-else-if="!item" class="muted">正在加载…</p>
    <div v-else class="item-layout">
      <article class="card item" data-testid="item">
        <p><span class="tag" :class="item.__typename === 'Achievement' ? 'tag-ach' : 'tag-cap'">{{ item.__typename === 'Achievement' ? '科技成果' : '技术能力' }}</span></p>
        <h1>{{ item.title }}</h1>
        <p v-if="item.summary" class="lead">{{ item.summary }}</p>
        <dl class="fields">
          <template v-if="item.institution"><dt>所属机构</dt><dd>{{ item.institution.name }}（{{ INSTITUTION_TYPE[item.institution.type] }}<template v-if="item.institution.city">，{{ item.institution.city }}</template>）</dd></template>
          <template v-if="item.team"><dt>团队</dt><dd>{{ item.team }}</dd></template>
          <template v-if="item.chain"><dt>产业链</dt><dd>{{ item.chain.name }}<template v-if="item.cluster">（{{ item.cluster.name }}）</template></dd></template>
          <template v-if="item.chains && item.chains.length"><dt>服务产业链</dt><dd>{{ item.chains.map(c => c.name).join('、') }}</dd></template>
          <template v-if="item.technicalField"><dt>技术领域</dt><dd>{{ [item.technicalField.domain, item.technicalField.subfield].filter(Boolean).join(' / ') }}</dd></template>
          <template v-if="item.technicalFields && item.technicalFields.length"><dt>技术领域</dt><dd>{{ item.technicalFields.map(f => [f.domain, f.subfield].filter(Boolean).join(' / ')).join('；') }}</dd></template>
          <template v-if="item.maturity"><dt>成熟度</dt><dd>{{ MATURITY[item.maturity] }}<template v-if="item.trl">（TRL {{ item.trl }}）</template></dd></template>
          <template v-if="item.serviceTypes && item.serviceTypes.length"><dt>服务类型</dt><dd>{{ item.serviceTypes.map(t => SERVICE_TYPE[t]).join('、') }}</dd></template>
          <template v-if="item.transferModes && item.transferModes.length"><dt>转化方式</dt><dd>{{ item.transferModes.map(t => TRANSFER_MODE[t]).join('、') }}</dd></template>
          <template v-if="item.__typename === 'Achievement'"><dt>报价</dt><dd>{{ price(item.price) }}</dd></template>
          <template v-if="item.ip"><dt>知识产权</dt><dd>{{ IP_TYPE[item.ip.type] }}<template v-if="item.ip.patentNumbers.length">：{{ item.ip.patentNumbers.join('、') }}</template></dd></template>
          <template v-if="item.keywords && item.keywords.length"><dt>关键词</dt><dd><span v-for="k in item.keywords" :key="k" class="kw">{{ k }}</span></dd></template>
          <template v-if="item.equipment && item.equipment.length"><dt>设备平台</dt><dd>{{ item.equipment.join('、') }}</dd></template>
          <template v-if="item.representativeResults && item.representativeResults.length"><dt>代表成果</dt><dd>{{ item.representativeResults.join('；') }}</dd></template>
          <template v-if="item.publishedDate"><dt>发布日期</dt><dd>{{ item.publishedDate }}</dd></template>
          <dt>联系方式</dt>
          <dd v-if="item.contact">{{ [item.contact.person, item.contact.phone, item.contact.email].filter(Boolean).join(' · ') }}</dd>
          <dd v-else class="muted">登录后可见</dd>
        </dl>
        <h2>详细介绍</h2>
        <p class="description">{{ item.description }}</p>
      </article>
      <aside class="item-side">
        <section class="card">
          <h2>相似成果</h2>
          <ul class="link-list" data-testid="similar">
            <li v-for="s in similar" :key="s.id"><a :href="href('/item/' + encodeURIComponent(s.id))">{{ s.title }}</a><small v-if="s.institution">{{ s.institution.name }}</small></li>
            <li v-if="!similar.length" class="muted">暂无</li>
          </ul>
        </section>
        <section class="card" v-if="item.institution">
          <h2>{{ item.institution.name }}的其他成果</h2>
          <ul class="link-list" data-testid="other-items">
            <li v-for="s in item.institution.otherItems" :key="s.id"><a :href="href('/item/' + encodeURIComponent(s.id))">{{ s.title }}</a></li>
            <li v-if="!item.institution.otherItems.length" class="muted">暂无</li>
          </ul>
        </section>
      </aside>
    </div>
  </section>`,
};
