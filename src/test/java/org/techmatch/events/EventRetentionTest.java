package org.techmatch.events;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EventRetentionTest {

	@Test
	@DisplayName("a retention shorter than 10 minutes (other than 0) or negative is refused at start, naming the property")
	void refusesShortRetention() {
		assertThatIllegalArgumentException().isThrownBy(() -> retention(Duration.ofMinutes(5)))
			.withMessageContaining("techmatch.events.retention");
		assertThatIllegalArgumentException().isThrownBy(() -> retention(Duration.ofDays(-1)));
		assertThat(retention(Duration.ofDays(30))).isNotNull();
	}

	@Test
	@DisplayName("retention 0 keeps every event: a run does nothing, and asks nobody")
	void zeroKeepsEverything() {
		// no log and no claims: a run that touched either would fail
		assertThat(retention(Duration.ZERO).runOnce()).isEqualTo(-1);
	}

	private static EventRetention retention(Duration retention) {
		return new EventRetention(null, null, retention, Duration.ofHours(1), "t", Clock.systemUTC());
	}

}
