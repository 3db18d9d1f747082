package org.techmatch.accounts;

import java.util.List;

/**
 * The accounts created on first start when demo data is on
 * ({@code techmatch.demo.enabled}): an administrator, two experts, and two enterprises
 * with members, all with the password {@link #PASSWORD}. Listed in the README; never
 * created with demo data off.
 */
public final class DemoAccounts {

	/** The demo accounts' password (demo data only). */
	public static final String PASSWORD = "techmatch-demo";

	public static final String ADMIN = "admin@techmatch.demo";

	public static final String EXPERT = "expert.li@techmatch.demo";

	public static final String EXPERT_2 = "expert.wang@techmatch.demo";

	/** A member of {@link #LVYUAN}. */
	public static final String ENTERPRISE = "zhang@lvyuan.demo";

	/** Another member of {@link #LVYUAN}. */
	public static final String ENTERPRISE_2 = "zhao@lvyuan.demo";

	/** A member of {@link #ZHIGAN}, the other enterprise. */
	public static final String OTHER_ENTERPRISE = "chen@zhigan.demo";

	public static final String LVYUAN = "org-demo-lvyuan";

	public static final String ZHIGAN = "org-demo-zhigan";

	static List<Organisation> organisations() {
		return List.of(organisation(LVYUAN, "新乡市绿源再生资源有限公司", "新乡"), organisation(ZHIGAN, "郑州智感电子科技有限公司", "郑州"));
	}

	static final List<Member> MEMBERS = List.of(new Member("acc-demo-admin", ADMIN, "中心管理员", Role.ADMIN, null),
			new Member("acc-demo-expert-li", EXPERT, "李专家", Role.EXPERT, null),
			new Member("acc-demo-expert-wang", EXPERT_2, "王专家", Role.EXPERT, null),
			new Member("acc-demo-lvyuan-zhang", ENTERPRISE, "张经理（绿源）", Role.ENTERPRISE, LVYUAN),
			new Member("acc-demo-lvyuan-zhao", ENTERPRISE_2, "赵工（绿源）", Role.ENTERPRISE, LVYUAN),
			new Member("acc-demo-zhigan-chen", OTHER_ENTERPRISE, "陈总（智感）", Role.ENTERPRISE, ZHIGAN));

	private DemoAccounts() {
	}

	private static Organisation organisation(String id, String name, String city) {
		Organisation organisation = new Organisation();
		organisation.setId(id);
		organisation.setName(name);
		organisation.setKind("ENTERPRISE");
		organisation.setCity(city);
		return organisation;
	}

	record Member(String id, String email, String displayName, Role role, String organisationId) {
	}

}
