package org.techmatch.events;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * A {@link WorkflowEvent} as stored in {@code techmatch-events}
 * ({@code elastic/indices/events.json}; the index is made from that file, not from this
 * class). Events are never changed once written. {@code id} sorts like {@code occurredAt}
 * within one instance and breaks ties between instances.
 */
@Document(indexName = "techmatch-events", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
public class EventDocument {

	@Id
	private String id;

	private EventType type;

	private String demandId;

	private String organisationId;

	private String recommendationId;

	private String supplyId;

	private String status;

	private String note;

	private String occurredAt;

	static EventDocument of(String id, String occurredAt, WorkflowEvent event) {
		EventDocument document = new EventDocument();
		document.setId(id);
		document.setOccurredAt(occurredAt);
		document.setType(event.type());
		document.setDemandId(event.demandId());
		document.setOrganisationId(event.organisationId());
		document.setRecommendationId(event.recommendationId());
		document.setSupplyId(event.supplyId());
		document.setStatus(event.status());
		document.setNote(event.note());
		return document;
	}

	WorkflowEvent toEvent() {
		return new WorkflowEvent(this.type, this.demandId, this.organisationId, this.recommendationId, this.supplyId,
				this.status, this.note);
	}

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public EventType getType() {
		return this.type;
	}

	public void setType(EventType type) {
		this.type = type;
	}

	public String getDemandId() {
		return this.demandId;
	}

	public void setDemandId(String demandId) {
		this.demandId = demandId;
	}

	public String getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(String organisationId) {
		this.organisationId = organisationId;
	}

	public String getRecommendationId() {
		return this.recommendationId;
	}

	public void setRecommendationId(String recommendationId) {
		this.recommendationId = recommendationId;
	}

	public String getSupplyId() {
		return this.supplyId;
	}

	public void setSupplyId(String supplyId) {
		this.supplyId = supplyId;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getOccurredAt() {
		return this.occurredAt;
	}

	public void setOccurredAt(String occurredAt) {
		this.occurredAt = occurredAt;
	}

}
