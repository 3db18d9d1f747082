// Chinese names of the API's enum values, as the schema describes them.
export const MATURITY = {
  RESEARCH: '正在研发', SAMPLE: '已有样品', LAB_PROVEN: '通过小试', PILOT_PROVEN: '通过中试', MASS_PRODUCTION: '可以量产',
};
export const TRANSFER_MODE = {
  TRANSFER: '转让', LICENSE: '许可', EQUITY: '作价入股', JOINT_DEVELOPMENT: '合作开发',
  COMMISSIONED_DEVELOPMENT: '委托开发', SERVICE: '技术服务', OTHER: '其他',
};
export const SUPPLY_TYPE = { ACHIEVEMENT: '科技成果', CAPABILITY: '技术能力' };
export const INSTITUTION_TYPE = { UNIVERSITY: '高校', INSTITUTE: '科研院所', ENTERPRISE: '企业', LAB: '实验室', OTHER: '其他' };
export const IP_TYPE = {
  INVENTION_PATENT: '发明专利', UTILITY_MODEL: '实用新型专利', DESIGN_PATENT: '外观专利', SOFTWARE_COPYRIGHT: '软件著作权',
  NON_PATENT: '非专利技术', OTHER: '其他',
};
export const SERVICE_TYPE = {
  TECH_DEVELOPMENT: '技术开发', CONSULTING: '技术咨询', TECH_SERVICE: '技术服务', TESTING: '检验检测', PILOT_SCALE: '中试熟化',
};
export const DEMAND_STATUS = {
  OPEN: '待匹配', MATCHING: '匹配中', IN_NEGOTIATION: '洽谈中', CONTRACTED: '已签约', CLOSED: '已关闭',
};
export const REASON_KIND = {
  TEXT: '文本匹配', SAME_CHAIN: '同一产业链', SAME_CLUSTER: '同一产业集群', MATURITY_OK: '成熟度达标',
  MODE_COMPATIBLE: '合作方式相符', WITHIN_BUDGET: '预算内', SAME_CITY: '同城',
};
export const ROLE = { ENTERPRISE: '企业用户', EXPERT: '专家', ADMIN: '管理员' };

/** 万元 amounts as people write them: 120万元, 95–235万元, 面议. */
export function price(p) {
  if (!p) return '—';
  if (p.negotiable) return '面议';
  if (p.minWan != null && p.maxWan != null && p.minWan !== p.maxWan) return `${num(p.minWan)}–${num(p.maxWan)}万元`;
  const one = p.minWan ?? p.maxWan;
  return one != null ? `${num(one)}万元` : '—';
}

export function num(value) {
  return Number(value).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

/** Escapes text for v-html next to the server's already escaped highlight fragments. */
export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
export const RECOMMENDATION_STATUS = {
  PROPOSED: '待发送', SENT: '待答复', ACCEPTED: '已接受', DECLINED: '已婉拒', CONTACTED: '已对接', NEGOTIATING: '洽谈中',
  CONTRACTED: '已签约', CLOSED_NO_DEAL: '未成交',
};
export const DECLINE_REASON = {
  NOT_A_FIT: '不符合我们的需求', PRICE: '价格太高', TOO_EARLY: '技术还不够成熟', IP_UNCLEAR: '知识产权归属或范围不清楚',
  DESCRIPTION_UNCLEAR: '成果介绍不够清楚', COMMERCIAL_ROUTE_UNCLEAR: '转化或合作方式不明确', ALREADY_SOLVED: '问题已经解决', OTHER: '其他原因',
};
export const CONTRACT_TYPE = { DEVELOPMENT: '技术开发', TRANSFER: '技术转让', LICENSE: '技术许可', CONSULTING: '技术咨询', SERVICE: '技术服务' };
