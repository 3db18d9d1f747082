package org.techmatch.catalog.demo;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PatentNumbersTests {

	@Test
	@DisplayName("computes the CNIPA check digit of a real application number (201720001285 -> X)")
	void checkDigit() {
		assertThat(PatentNumbers.checkDigit("201720001285")).isEqualTo('X');
	}

	@Test
	@DisplayName("fills {lo-hi} ranges with integers or with the bounds' decimals, and leaves other text alone")
	void ranges() {
		DemoRandom random = new DemoRandom(1);
		for (int i = 0; i < 200; i++) {
			String text = TemplateFiller.numbers("导热系数≥{150-200}W/(m·K)，温度{-30--20}℃，{0.5-2.0}mm", random);
			assertThat(text).matches("导热系数≥(1[5-9]\\d|200)W/\\(m·K\\)，温度-(2\\d|30)℃，[0-2]\\.\\dmm");
		}
	}

}
