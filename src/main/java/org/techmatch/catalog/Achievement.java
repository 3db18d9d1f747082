package org.techmatch.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * 科技成果: a technology result offered for transfer.
 * <p>
 * {@code id} is stable across imports (e.g. {@code ach-demo-00001}); {@code sourceBatch} and
 * {@code sourceId} say where it came from. {@code chain} and {@code cluster} are codes from
 * {@code catalog/industrial-chains.json}. {@code trl} is nullable; {@code region} is the province
 * (河南省). {@code summary} is at most 120 characters. {@code contact} is not public.
 */
public record Achievement(String id, String sourceBatch, String sourceId, String title, String summary,
		String description, List<String> keywords, TechnicalField technicalField, String chain, String cluster,
		Maturity maturity, Integer trl, IntellectualProperty ip, List<TransferMode> transferModes,
		AskingPrice price, Institution institution, String region, LocalDate publishedDate, Contact contact)
		implements SupplyItem {

	public Achievement {
		keywords = (keywords != null) ? List.copyOf(keywords) : List.of();
		transferModes = (transferModes != null) ? List.copyOf(transferModes) : List.of();
	}

}
