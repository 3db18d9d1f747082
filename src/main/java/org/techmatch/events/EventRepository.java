package org.techmatch.events;

import org.springframework.data.elasticsearch.repository.ElasticsearchRepository;

/** Workflow events, written through Spring Data Elasticsearch ({@link EventLog}). */
public interface EventRepository extends ElasticsearchRepository<EventDocument, String> {

}
