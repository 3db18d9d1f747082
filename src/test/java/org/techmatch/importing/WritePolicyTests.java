package org.techmatch.importing;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.techmatch.importing.WritePolicy.Write;

import static org.assertj.core.api.Assertions.assertThat;

class WritePolicyTests {

	@Test
	@DisplayName("upsert by stable id: new is created, different is updated, identical is left unchanged")
	void upsertByStableId() {
		WritePolicy<String> policy = WritePolicy.upsertByStableId();
		assertThat(policy.decide(null, "a")).isEqualTo(Write.CREATE);
		assertThat(policy.decide("a", "b")).isEqualTo(Write.UPDATE);
		assertThat(policy.decide("a", "a")).isEqualTo(Write.UNCHANGED);
	}

	@Test
	@DisplayName("keep a newer edit: a stored record changed after the row is skipped with a reason naming both times")
	void keepNewerEdit() {
		record Doc(String text, Instant updatedAt) {
		}
		WritePolicy<Doc> policy = WritePolicy.keepNewerEdit(Doc::updatedAt, Doc::equals);
		Instant exported = Instant.parse("2020-01-13T00:00:00Z");
		Instant edited = Instant.parse("2026-11-30T09:00:00Z");
		Doc row = new Doc("导入的文本", exported);
		assertThat(policy.decide(null, row)).isEqualTo(Write.CREATE);
		assertThat(policy.decide(row, row)).isEqualTo(Write.UNCHANGED);
		assertThat(policy.decide(new Doc("旧的导入", exported), row)).isEqualTo(Write.UPDATE);
		assertThat(policy.decide(new Doc("企业修改过", edited), row)).isEqualTo(Write.SKIP);
		assertThat(policy.skipReason(new Doc("企业修改过", edited), row)).contains("2026-11-30T09:00:00Z",
				"2020-01-13T00:00:00Z");
		assertThat(policy.decide(new Doc("较早的版本", exported.minusSeconds(60)), row)).isEqualTo(Write.UPDATE);
	}

	@Test
	@DisplayName("the command line names a kind in the singular or the plural")
	void kindsByCommandName() {
		assertThat(ImportKind.fromCommandName("achievements")).contains(ImportKind.ACHIEVEMENT);
		assertThat(ImportKind.fromCommandName("Capability")).contains(ImportKind.CAPABILITY);
		assertThat(ImportKind.fromCommandName("demands")).contains(ImportKind.DEMAND);
		assertThat(ImportKind.fromCommandName("patents")).isEmpty();
	}

}
