package org.techmatch.elastic.local;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandsTest {

	@Test
	void capturesOutputAndExitCode() {
		Commands.Result result = Commands.run(List.of("sh", "-c", "echo out; echo err >&2; exit 3"));

		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(result.output()).contains("out").contains("err");
	}

	@Test
	void killsACommandThatRunsPastItsTimeLimit() {
		long started = System.nanoTime();
		Commands.Result result = Commands.run(List.of("sh", "-c", "echo begun; exec sleep 60"), null,
				Duration.ofSeconds(1));
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(result.exitCode()).isEqualTo(-1);
		assertThat(result.output()).contains("begun").contains("timed out after 1 s");
		assertThat(took).as("the limit holds (the old pipe read waited for the whole minute)")
			.isLessThan(Duration.ofSeconds(40));
	}

}
