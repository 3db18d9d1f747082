package org.techmatch.importing;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.techmatch.catalog.Capability;
import org.techmatch.catalog.ServiceType;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;

import static org.assertj.core.api.Assertions.assertThat;

class CapabilityRowParserTests {

	private final CapabilityRowParser parser = new CapabilityRowParser(new ImportDefaults("cap-2024", null),
			new IndustrialChainTaxonomy());

	@Test
	@DisplayName("a capability row gives services, several chains with their clusters, equipment and results")
	void fullRow() {
		RowOutcome<Capability> outcome = this.parser.parse(new ImportRow(2,
				Map.of("institutionName", "郑州大学", "team", "超硬材料实验室", "title", "金刚石材料检测与中试", "serviceTypes", "检验检测、中试熟化",
						"chains", "超硬材料；EI_SEMICONDUCTOR", "equipment", "X射线衍射仪 D8 Advance；扫描电镜",
						"representativeResults", "一种CVD金刚石的制备方法，及其装置；培育钻石", "city", "郑州")));
		Capability c = ((RowOutcome.Accepted<Capability>) outcome).record();
		assertThat(c.id()).startsWith("cap-cap-2024-h");
		assertThat(c.serviceTypes()).containsExactly(ServiceType.TESTING, ServiceType.PILOT_SCALE);
		assertThat(c.chains()).containsExactly("NM_SUPERHARD", "EI_SEMICONDUCTOR");
		assertThat(c.clusters()).containsExactly("NEW_MATERIALS", "ELECTRONIC_INFORMATION");
		assertThat(c.equipment()).containsExactly("X射线衍射仪 D8 Advance", "扫描电镜");
		assertThat(c.representativeResults()).containsExactly("一种CVD金刚石的制备方法，及其装置", "培育钻石");
		assertThat(c.city()).isEqualTo("郑州");
	}

	@Test
	@DisplayName("rejects a capability without institution and with an unknown service type, naming both fields")
	void rejections() {
		RowOutcome<Capability> outcome = this.parser
			.parse(new ImportRow(3, Map.of("title", "检测服务", "serviceTypes", "技术服务、代加工")));
		assertThat(((RowOutcome.Rejected<Capability>) outcome).problems())
			.extracting(RowProblem::rowNumber, RowProblem::field)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(3, "institutionName"),
					org.assertj.core.groups.Tuple.tuple(3, "serviceTypes"));
	}

}
