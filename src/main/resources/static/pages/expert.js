// 专家工作台: comes with the expert workflow's API (queue, claims, recommendations).
export default {
  template: `<section class="card notice">专家工作台即将上线。</section>`,
};
