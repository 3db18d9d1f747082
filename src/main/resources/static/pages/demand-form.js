// The demand form (new and edit): every field with the API's userErrors beside it, in Chinese.
import { ref, reactive, computed, onMounted } from 'vue';
import { gql } from '../assets/graphql.js';
import { MATURITY, TRANSFER_MODE } from '../assets/labels.js';

const CLUSTERS = `query Clusters { clusters { code name chains { code name } } }`;

const PAYLOAD = `demand { id version } userErrors { field message code }`;
const SUBMIT = `mutation SubmitDemand($input: SubmitDemandInput!) { submitDemand(input: $input) { ${PAYLOAD} } }`;
const UPDATE = `mutation UpdateDemand($input: UpdateDemandInput!) { updateDemand(input: $input) { ${PAYLOAD} } }`;

/** Each form field: its label and the limits the API checks (DemandValidator), for the Chinese messages. */
const FIELDS = {
  title: { label: '需求名称', min: 4, max: 80 },
  description: { label: '需求描述', min: 10, max: 4000 },
  keywords: { label: '关键词', max: 30, many: 10 },
  chain: { label: '产业链' },
  maturityAtLeast: { label: '成熟度要求' },
  cooperationModes: { label: '合作方式' },
  budget: { label: '预算' },
  city: { label: '所在城市', max: 100 },
  deadline: { label: '截止日期' },
  technicalField: { label: '技术领域', max: 50 },
};

/** The form field a userError's field path belongs to (keywords[2] → keywords, budget.maxWan → budget). */
function fieldOf(path) {
  const head = String(path || '').replace(/^input\./, '').split(/[.[]/)[0];
  return FIELDS[head] ? head : 'form';
}

function message(error) {
  const field = fieldOf(error.field);
  const spec = FIELDS[field] ?? { label: '' };
  const label = spec.label;
  switch (error.code) {
    case 'REQUIRED': return field === 'budget' ? '请选择“面议”或填写预算金额' : `请填写${label}`;
    case 'TOO_SHORT': return `${label}太短，至少需要 ${spec.min ?? 1} 个字`;
    case 'TOO_LONG': return `${label}太长，最多 ${spec.max} 个字`;
    case 'TOO_MANY': return `${label}太多，最多 ${spec.many} 个`;
    case 'NEGATIVE': return `${label}不能是负数`;
    case 'IN_THE_PAST': return `${label}必须晚于今天`;
    case 'UNKNOWN_CHAIN': return '没有这个产业链，请从列表中选择';
    case 'CONFLICT': return '这条需求刚被他人修改过，请刷新后再编辑';
    case 'CLOSED': return '这条需求已关闭，不能再修改';
    case 'NOT_FOUND': return '这条需求不存在';
    case 'INVALID_TRANSITION': return '当前状态下不能这样修改';
    case 'INVALID':
      if (field === 'budget') return '预算金额不正确：下限不能高于上限，金额不超过 100 万万元';
      if (field === 'deadline') return '截止日期不正确：需在今后 5 年之内';
      return `${label}的内容不正确`;
    default: return `${label}有误，请检查`;
  }
}

function blank() {
  return {
    title: '', description: '', keywords: '', chain: '', maturityAtLeast: '', cooperationModes: [],
    budgetKind: 'amount', minWan: '', maxWan: '', city: '', deadline: '',
  };
}

function fromDemand(d) {
  return {
    title: d.title, description: d.description, keywords: (d.keywords || []).join('，'), chain: d.chain?.code ?? '',
    maturityAtLeast: d.maturityAtLeast ?? '', cooperationModes: [...(d.cooperationModes || [])],
    budgetKind: d.budget?.negotiable ? 'negotiable' : 'amount',
    minWan: d.budget?.minWan ?? '', maxWan: d.budget?.maxWan ?? '', city: d.city ?? '', deadline: d.deadline ?? '',
  };
}

function amount(text) {
  if (text === '' || text === null || text === undefined) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : NaN;
}

export default {
  props: ['demand'],
  emits: ['saved', 'cancel'],
  setup(props, { emit }) {
    const form = reactive(props.demand ? fromDemand(props.demand) : blank());
    const errors = ref({});
    const busy = ref(false);
    const clusters = ref([]);
    const general = computed(() => errors.value.form);

    onMounted(async () => {
      try {
        clusters.value = (await gql(CLUSTERS)).clusters;
      } catch {
        clusters.value = [];
      }
    });

    function input() {
      const keywords = form.keywords.split(/[,，、;；\s]+/).map((k) => k.trim()).filter(Boolean);
      let budget = null;
      if (form.budgetKind === 'negotiable') {
        budget = { negotiable: true };
      } else if (form.minWan !== '' || form.maxWan !== '') {
        budget = { negotiable: false, minWan: amount(form.minWan), maxWan: amount(form.maxWan) };
      }
      return {
        title: form.title, description: form.description, keywords, chain: form.chain || null,
        maturityAtLeast: form.maturityAtLeast || null, cooperationModes: form.cooperationModes, budget,
        city: form.city.trim() || null, deadline: form.deadline || null,
      };
    }

    async function save() {
      errors.value = {};
      const values = input();
      const budget = values.budget;
      if (budget && (Number.isNaN(budget.minWan) || Number.isNaN(budget.maxWan))) {
        errors.value = { budget: '预算金额请填写数字（万元）' };
        return;
      }
      busy.value = true;
      try {
        const editing = Boolean(props.demand);
        const data = editing
          ? await gql(UPDATE, { input: { id: props.demand.id, version: props.demand.version, ...values } })
          : await gql(SUBMIT, { input: values });
        const payload = editing ? data.updateDemand : data.submitDemand;
        if (payload.userErrors.length) {
          const shown = {};
          for (const error of payload.userErrors) {
            const field = fieldOf(error.field);
            shown[field] = shown[field] ? shown[field] + '；' + message(error) : message(error);
          }
          errors.value = shown;
          return;
        }
        emit('saved', payload.demand);
      } catch (e) {
        const field = e.code === 'BAD_USER_INPUT' && e.argument ? fieldOf(e.argument) : 'form';
        errors.value = { [field]: field === 'form' ? e.message : `${FIELDS[field].label}的内容不正确` };
      } finally {
        busy.value = false;
      }
    }

    return { form, errors, general, busy, clusters, save, MATURITY, TRANSFER_MODE, editing: Boolean(props.demand), emit };
  },
  template: `
  <form class="card demand-form" @submit.prevent="save" novalidate data-testid="demand-form">
    <h2>{{ editing ? '编辑需求' : '发布新需求' }}</h2>
    <div class="field" :class="{'has-error': errors.title}">
      <label for="f-title">需求名称 <span class="hint">4–80 个字</span></label>
      <input id="f-title" v-model="form.title" data-field="title" placeholder="例如：退役动力电池回收处理技术">
      <p v-if="errors.title" class="field-error" data-error-for="title">{{ errors.title }}</p>
    </div>
    <div class="field" :class="{'has-error': errors.description}">
      <label for="f-description">需求描述 <span class="hint">用自己的话说明要解决的问题、现状和期望，至少 10 个字</span></label>
      <textarea id="f-description" v-model="form.description" rows="5" data-field="description"></textarea>
      <p v-if="errors.description" class="field-error" data-error-for="description">{{ errors.description }}</p>
    </div>
    <div class="field" :class="{'has-error': errors.keywords}">
      <label for="f-keywords">关键词 <span class="hint">用逗号分隔，最多 10 个</span></label>
      <input id="f-keywords" v-model="form.keywords" data-field="keywords">
      <p v-if="errors.keywords" class="field-error" data-error-for="keywords">{{ errors.keywords }}</p>
    </div>
    <div class="row2">
      <div class="field" :class="{'has-error': errors.chain}">
        <label for="f-chain">产业链</label>
        <select id="f-chain" v-model="form.chain" data-field="chain">
          <option value="">不限 / 由平台判断</option>
          <optgroup v-for="c in clusters" :key="c.code" :label="c.name">
            <option v-for="chain in c.chains" :key="chain.code" :value="chain.code">{{ chain.name }}</option>
          </optgroup>
        </select>
        <p v-if="errors.chain" class="field-error" data-error-for="chain">{{ errors.chain }}</p>
      </div>
      <div class="field" :class="{'has-error': errors.maturityAtLeast}">
        <label for="f-maturity">成熟度至少</label>
        <select id="f-maturity" v-model="form.maturityAtLeast" data-field="maturityAtLeast">
          <option value="">不限</option>
          <option v-for="(label, value) in MATURITY" :key="value" :value="value">{{ label }}</option>
        </select>
      </div>
    </div>
    <div class="field" :class="{'has-error': errors.cooperationModes}">
      <label>可接受的合作方式</label>
      <div class="checks">
        <label v-for="(label, value) in TRANSFER_MODE" :key="value">
          <input type="checkbox" :value="value" v-model="form.cooperationModes" :data-mode="value"> {{ label }}
        </label>
      </div>
    </div>
    <div class="field" :class="{'has-error': errors.budget}">
      <label>预算（万元）</label>
      <div class="checks">
        <label><input type="radio" value="amount" v-model="form.budgetKind"> 金额</label>
        <label><input type="radio" value="negotiable" v-model="form.budgetKind" data-field="negotiable"> 面议</label>
      </div>
      <div v-if="form.budgetKind === 'amount'" class="row2">
        <input v-model="form.minWan" inputmode="decimal" placeholder="最低（可不填）" aria-label="预算下限" data-field="minWan">
        <input v-model="form.maxWan" inputmode="decimal" placeholder="最高" aria-label="预算上限" data-field="maxWan">
      </div>
      <p v-if="errors.budget" class="field-error" data-error-for="budget">{{ errors.budget }}</p>
    </div>
    <div class="row2">
      <div class="field" :class="{'has-error': errors.city}">
        <label for="f-city">所在城市 <span class="hint">不带“市”，如 新乡</span></label>
        <input id="f-city" v-model="form.city" data-field="city">
        <p v-if="errors.city" class="field-error" data-error-for="city">{{ errors.city }}</p>
      </div>
      <div class="field" :class="{'has-error': errors.deadline}">
        <label for="f-deadline">截止日期</label>
        <input id="f-deadline" type="date" v-model="form.deadline" data-field="deadline">
        <p v-if="errors.deadline" class="field-error" data-error-for="deadline">{{ errors.deadline }}</p>
      </div>
    </div>
    <p v-if="general" class="error" role="alert" data-error-for="form">{{ general }}</p>
    <div class="toolbar">
      <button class="button" type="submit" :disabled="busy" data-testid="save-demand">{{ busy ? '正在提交…' : (editing ? '保存修改' : '提交需求') }}</button>
      <button class="button secondary" type="button" @click="emit('cancel')">取消</button>
    </div>
  </form>`,
};
