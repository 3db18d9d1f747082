package org.techmatch.expert;

import java.util.Optional;

import org.springframework.data.elasticsearch.UncategorizedElasticsearchException;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.RefreshPolicy;
import org.springframework.data.elasticsearch.core.query.IndexQuery;
import org.springframework.data.elasticsearch.core.query.IndexQueryBuilder;

/**
 * {@link RecommendationCreator} with Spring Data Elasticsearch: one index request with
 * {@code op_type: create}; the 409 of an existing id becomes an empty answer.
 */
class RecommendationCreatorImpl implements RecommendationCreator {

	private final ElasticsearchOperations operations;

	RecommendationCreatorImpl(ElasticsearchOperations operations) {
		this.operations = operations;
	}

	@Override
	public Optional<Recommendation> createIfAbsent(Recommendation recommendation) {
		IndexQuery query = new IndexQueryBuilder().withId(recommendation.getId())
			.withObject(recommendation)
			.withOpType(IndexQuery.OpType.CREATE)
			.build();
		try {
			this.operations.withRefreshPolicy(RefreshPolicy.WAIT_UNTIL)
				.index(query, this.operations.getIndexCoordinatesFor(Recommendation.class));
		}
		catch (UncategorizedElasticsearchException ex) {
			// version_conflict_engine_exception: "document already exists"
			if (ex.getStatusCode() != null && ex.getStatusCode() == 409) {
				return Optional.empty();
			}
			throw ex;
		}
		// the template sets the new revision (seq_no, primary term) on the object written
		return Optional.of((Recommendation) query.getObject());
	}

}
