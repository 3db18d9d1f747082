package org.techmatch.expert;

/**
 * One change of a recommendation: who made it, when, from which status to which, with the
 * reason and note given. Entries are only ever appended (no API changes or removes one).
 */
public class HistoryEntry {

	/** ISO-8601 instant. */
	private String at;

	private String actorId;

	private String actorName;

	private String actorRole;

	/** Null for the entry that created the recommendation. */
	private RecommendationStatus from;

	private RecommendationStatus to;

	private DeclineReason reason;

	private String note;

	public HistoryEntry() {
	}

	public HistoryEntry(String at, Actor actor, RecommendationStatus from, RecommendationStatus to,
			DeclineReason reason, String note) {
		this.at = at;
		this.actorId = actor.id();
		this.actorName = actor.name();
		this.actorRole = actor.role();
		this.from = from;
		this.to = to;
		this.reason = reason;
		this.note = note;
	}

	public String getAt() {
		return this.at;
	}

	public void setAt(String at) {
		this.at = at;
	}

	public String getActorId() {
		return this.actorId;
	}

	public void setActorId(String actorId) {
		this.actorId = actorId;
	}

	public String getActorName() {
		return this.actorName;
	}

	public void setActorName(String actorName) {
		this.actorName = actorName;
	}

	public String getActorRole() {
		return this.actorRole;
	}

	public void setActorRole(String actorRole) {
		this.actorRole = actorRole;
	}

	public RecommendationStatus getFrom() {
		return this.from;
	}

	public void setFrom(RecommendationStatus from) {
		this.from = from;
	}

	public RecommendationStatus getTo() {
		return this.to;
	}

	public void setTo(RecommendationStatus to) {
		this.to = to;
	}

	public DeclineReason getReason() {
		return this.reason;
	}

	public void setReason(DeclineReason reason) {
		this.reason = reason;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	/**
	 * Who made a change: account id, display name, and the role acted in.
	 */
	public record Actor(String id, String name, String role) {
	}

}
