package org.techmatch.importing;

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
	@DisplayName("the command line names a kind in the singular or the plural")
	void kindsByCommandName() {
		assertThat(ImportKind.fromCommandName("achievements")).contains(ImportKind.ACHIEVEMENT);
		assertThat(ImportKind.fromCommandName("Capability")).contains(ImportKind.CAPABILITY);
		assertThat(ImportKind.fromCommandName("demands")).contains(ImportKind.DEMAND);
		assertThat(ImportKind.fromCommandName("patents")).isEmpty();
	}

}
