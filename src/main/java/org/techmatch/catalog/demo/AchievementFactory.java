package org.techmatch.catalog.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.AskingPrice;
import org.techmatch.catalog.Contact;
import org.techmatch.catalog.Institution;
import org.techmatch.catalog.IntellectualProperty;
import org.techmatch.catalog.IpType;
import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TransferMode;

/**
 * Builds one demo achievement: picks chain, topic, owner, maturity, IP, modes and price,
 * then writes it.
 */
final class AchievementFactory {

	static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

	static final int DAYS = 547; // 2023-01-01 .. 2024-06-30

	/** RESEARCH, SAMPLE, LAB_PROVEN, PILOT_PROVEN, MASS_PRODUCTION. */
	private static final double[] MATURITY_WEIGHTS = { 8, 27, 30, 23, 12 };

	/** Lowest and highest asking price in 万元 per maturity. */
	private static final int[][] PRICE_RANGES = { { 5, 50 }, { 10, 120 }, { 20, 300 }, { 50, 800 }, { 100, 2000 } };

	/**
	 * TRANSFER, LICENSE, EQUITY, JOINT_DEVELOPMENT, COMMISSIONED_DEVELOPMENT, SERVICE,
	 * OTHER.
	 */
	private static final double[] MODE_WEIGHTS = { 30, 25, 10, 20, 8, 5, 2 };

	private final InstitutionPicker institutions;

	private final AchievementWriter writer;

	AchievementFactory(InstitutionPicker institutions, AchievementWriter writer) {
		this.institutions = institutions;
		this.writer = writer;
	}

	/**
	 * Achievement {@code number}, its id and source id padded to {@code width} digits.
	 */
	Achievement create(int number, int width, ChainVocabulary chain, DemoTopic topic, DemoRandom random) {
		String id = "ach-demo-" + PatentNumbers.pad(number, width);
		Institution institution = this.institutions.pick(chain.clusterCode(), random);
		Maturity maturity = Maturity.values()[random.weighted(MATURITY_WEIGHTS)];
		LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
		IntellectualProperty ip = ip(chain.chainCode(), published.getYear(), random);
		AchievementText text = this.writer.write(topic, chain, maturity, ip, random);
		// the builder calls run in field order, so the random draws happen in the same
		// order as before
		return Achievement.builder()
			.id(id)
			.sourceBatch(DemoCorpusGenerator.SOURCE_BATCH)
			.sourceId("DEMO-A-" + PatentNumbers.pad(number, width))
			.title(text.title())
			.summary(text.summary())
			.description(text.description())
			.keywords(text.keywords())
			.technicalField(chain.field())
			.chain(chain.chainCode())
			.cluster(chain.clusterCode())
			.maturity(maturity)
			.trl(trl(maturity, random))
			.ip(ip)
			.transferModes(modes(random))
			.price(price(maturity, random))
			.institution(institution)
			.region(DemoCorpusGenerator.REGION)
			.publishedDate(published)
			.contact(contact(institution, "a" + number, random))
			.build();
	}

	private static Integer trl(Maturity maturity, DemoRandom random) {
		if (random.chance(0.15)) {
			return null;
		}
		return switch (maturity) {
			case RESEARCH -> random.between(2, 3);
			case SAMPLE -> 4;
			case LAB_PROVEN -> random.between(4, 5);
			case PILOT_PROVEN -> random.between(6, 7);
			case MASS_PRODUCTION -> random.between(8, 9);
		};
	}

	private static IntellectualProperty ip(String chainCode, int publishedYear, DemoRandom random) {
		boolean software = chainCode.equals("EI_COMPUTING") || chainCode.equals("NEV_CONNECTED");
		double[] weights = { 58, 17, 3, software ? 20 : 1, 15, 2 };
		IpType type = IpType.values()[random.weighted(weights)];
		int year = publishedYear - random.between(1, 5);
		List<String> numbers = new ArrayList<>();
		int count = switch (type) {
			case INVENTION_PATENT -> random.between(1, 3);
			case UTILITY_MODEL, SOFTWARE_COPYRIGHT -> random.between(1, 2);
			case DESIGN_PATENT -> 1;
			default -> 0;
		};
		for (int i = 0; i < count; i++) {
			numbers.add(switch (type) {
				case INVENTION_PATENT -> PatentNumbers.patent(year, 1, random);
				case UTILITY_MODEL -> PatentNumbers.patent(year, 2, random);
				case DESIGN_PATENT -> PatentNumbers.patent(year, 3, random);
				default -> PatentNumbers.softwareCopyright(year, random);
			});
		}
		return new IntellectualProperty(type, numbers);
	}

	private static List<TransferMode> modes(DemoRandom random) {
		int count = random.weighted(new double[] { 45, 38, 17 }) + 1;
		boolean[] chosen = new boolean[TransferMode.values().length];
		for (int i = 0; i < count; i++) {
			chosen[random.weighted(MODE_WEIGHTS)] = true;
		}
		List<TransferMode> modes = new ArrayList<>();
		for (TransferMode mode : TransferMode.values()) {
			if (chosen[mode.ordinal()]) {
				modes.add(mode);
			}
		}
		return modes;
	}

	private static AskingPrice price(Maturity maturity, DemoRandom random) {
		if (random.chance(0.6)) {
			return AskingPrice.negotiablePrice();
		}
		int[] range = PRICE_RANGES[maturity.ordinal()];
		double min = nice(range[0] + random.nextDouble() * (range[1] - range[0]) * 0.5);
		if (random.chance(0.15)) {
			return AskingPrice.range(min, min);
		}
		double max = Math.min(range[1], nice(min * (1.5 + random.nextDouble() * 1.5)));
		return AskingPrice.range(min, Math.max(min, max));
	}

	/** Rounds to 1 万元 below 20, else to 5 万元. */
	private static double nice(double wan) {
		return (wan < 20) ? Math.round(wan) : Math.round(wan / 5) * 5.0;
	}

	Contact contact(Institution institution, String handle, DemoRandom random) {
		String title = switch (institution.type()) {
			case UNIVERSITY -> "老师";
			case ENTERPRISE -> random.chance(0.5) ? "经理" : "工程师";
			default -> random.chance(0.5) ? "研究员" : "工程师";
		};
		String phone = this.institutions.areaCode(institution.city()) + "-6"
				+ PatentNumbers.pad(random.nextInt(10_000_000), 7);
		return new Contact(this.institutions.surname(random) + title, phone, "tm-" + handle + "@example.org");
	}

}
