package org.techmatch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;

import org.springframework.stereotype.Component;

import org.techmatch.catalog.InstitutionType;
import org.techmatch.catalog.IpType;
import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.SupplyType;
import org.techmatch.catalog.TransferMode;
import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.catalog.chain.IndustrialCluster;
import org.techmatch.search.Facet.FacetValue;

/**
 * Reads the facet aggregations of a search response: per dimension, the counts of its
 * fields added up (a document holds only one of them), most frequent first, each value
 * with its Chinese label and the input patch selecting it.
 */
@Component
public class SearchFacets {

	private final IndustrialChainTaxonomy taxonomy;

	public SearchFacets(IndustrialChainTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	public List<Facet> of(Map<String, Aggregate> aggregations) {
		List<Facet> facets = new ArrayList<>();
		for (FacetDimension dimension : FacetDimension.values()) {
			Aggregate aggregate = aggregations.get(dimension.name());
			if (aggregate == null) {
				continue;
			}
			Map<String, Long> counts = new LinkedHashMap<>();
			for (Aggregate terms : aggregate.filter().aggregations().values()) {
				for (StringTermsBucket bucket : terms.sterms().buckets().array()) {
					counts.merge(bucket.key().stringValue(), bucket.docCount(), Long::sum);
				}
			}
			List<FacetValue> values = counts.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
					.thenComparing(Map.Entry.comparingByKey()))
				.limit(dimension.size())
				.map((e) -> new FacetValue(e.getKey(), label(dimension, e.getKey()), e.getValue(),
						SearchFilterPatch.of(dimension, e.getKey())))
				.toList();
			facets.add(new Facet(dimension, dimension.label(), values));
		}
		return facets;
	}

	/**
	 * The Chinese label of a value: taxonomy names for clusters and chains, enum labels,
	 * cities as they are.
	 */
	public String label(FacetDimension dimension, String value) {
		try {
			return switch (dimension) {
				case SUPPLY_TYPE -> SupplyType.valueOf(value).label();
				case CLUSTER -> this.taxonomy.cluster(value).map(IndustrialCluster::name).orElse(value);
				case CHAIN -> this.taxonomy.chain(value).map(IndustrialChain::name).orElse(value);
				case MATURITY -> Maturity.valueOf(value).label();
				case TRANSFER_MODE -> TransferMode.valueOf(value).label();
				case IP_TYPE -> IpType.valueOf(value).label();
				case INSTITUTION_TYPE -> InstitutionType.valueOf(value).label();
				case CITY -> value;
			};
		}
		catch (IllegalArgumentException ex) {
			return value;
		}
	}

}
