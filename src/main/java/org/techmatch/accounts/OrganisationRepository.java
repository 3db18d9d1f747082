package org.techmatch.accounts;

import org.springframework.data.elasticsearch.repository.ElasticsearchRepository;

/** Organisations, read and written through Spring Data Elasticsearch. */
public interface OrganisationRepository extends ElasticsearchRepository<Organisation, String> {

}
