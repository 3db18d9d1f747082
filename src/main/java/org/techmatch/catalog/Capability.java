package org.techmatch.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * 技术能力清单条目: what a lab or team can do for others.
 * <p>
 * {@code team} is the team or lab name inside {@code institution}; {@code chains} and
 * {@code clusters} are taxonomy codes; {@code equipment} lists instruments and platforms;
 * {@code representativeAchievementIds} point at achievements, {@code representativeResults} are
 * result titles. {@code city} without 市. {@code contact} is not public.
 */
public record Capability(String id, String sourceBatch, String sourceId, Institution institution, String team,
		String title, String description, List<ServiceType> serviceTypes, List<TechnicalField> technicalFields,
		List<String> chains, List<String> clusters, List<String> equipment, List<String> representativeAchievementIds,
		List<String> representativeResults, String city, LocalDate publishedDate, Contact contact)
		implements SupplyItem {

	public Capability {
		serviceTypes = copy(serviceTypes);
		technicalFields = copy(technicalFields);
		chains = copy(chains);
		clusters = copy(clusters);
		equipment = copy(equipment);
		representativeAchievementIds = copy(representativeAchievementIds);
		representativeResults = copy(representativeResults);
	}

	private static <T> List<T> copy(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

}
